App({
  globalData: {
    userInfo: null,
    token: '',
  },
  onLaunch() {
    this.globalData.token = wx.getStorageSync('token') || '';
  },
});
