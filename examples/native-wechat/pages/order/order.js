const { get, post } = require('../../utils/request');
const { PAY_BASE } = require('../../utils/config');

Page({
  data: { orders: [] },

  onShow() {
    get('/orders').then((orders) => this.setData({ orders }));
  },

  pay(e) {
    const { id } = e.currentTarget.dataset;
    // The payment service is new: its domain is not in the console yet.
    wx.request({ url: `${PAY_BASE}/v1/prepay`, method: 'POST', data: { orderId: id } });
  },

  cancel(e) {
    post(`/orders/${e.currentTarget.dataset.id}/cancel`);
  },

  downloadInvoice(e) {
    get(`/orders/${e.currentTarget.dataset.id}/invoice`).then((invoice) => {
      // The invoice file lives wherever the server says: only known at run time.
      wx.downloadFile({ url: invoice.fileUrl });
    });
  },
});
