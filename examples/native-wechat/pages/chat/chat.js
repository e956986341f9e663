const { CHAT_SOCKET } = require('../../utils/config');

Page({
  onLoad() {
    this.socket = wx.connectSocket({ url: CHAT_SOCKET });
    this.socket.onMessage((msg) => this.setData({ last: msg.data }));
  },
  onUnload() {
    if (this.socket) this.socket.close();
  },
});
