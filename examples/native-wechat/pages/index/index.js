const { get } = require('../../utils/request');
const { UPLOAD_URL } = require('../../utils/config');

Page({
  data: { banners: [], recommended: [] },

  onLoad() {
    get('/home/banners').then((banners) => this.setData({ banners }));
    get('/goods/recommended').then((recommended) => this.setData({ recommended }));
    this.collectStats();
  },

  collectStats() {
    // The port is a mistake: the console entry is https://stats.example.cn, so ':443' fails on devices.
    wx.request({ url: 'https://stats.example.cn:443/collect', method: 'POST', data: { page: 'index' } });
  },

  changeAvatar() {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      success: (res) => {
        wx.uploadFile({ url: UPLOAD_URL, filePath: res.tempFiles[0].tempFilePath, name: 'avatar' });
      },
    });
  },
});
