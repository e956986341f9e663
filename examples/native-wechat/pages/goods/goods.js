const { get } = require('../../utils/request');
const { CDN } = require('../../utils/config');

Page({
  data: { goods: null },

  onLoad(options) {
    get(`/goods/${options.id}`).then((goods) => this.setData({ goods }));
  },

  savePoster() {
    wx.getImageInfo({
      src: `${CDN}/posters/goods-${this.data.goods.id}.png`,
      success: (img) => wx.saveImageToPhotosAlbum({ filePath: img.path }),
    });
  },

  openManual() {
    // Still served over plain http: a release build refuses it.
    wx.downloadFile({
      url: 'http://files.example.com/manuals/user-guide.pdf',
      success: (res) => wx.openDocument({ filePath: res.tempFilePath }),
    });
  },

  preview() {
    wx.previewImage({ urls: [`${CDN}/goods/${this.data.goods.id}/large.png`] });
  },
});
