const { API_BASE } = require('./config');

/**
 * Calls the shop API. Every page goes through here, so the base URL, the token and the error handling
 * live in one place.
 */
function request({ url, method = 'GET', data = {} }) {
  const app = getApp();
  return new Promise((resolve, reject) => {
    wx.request({
      url: API_BASE + url,
      method,
      data,
      header: { Authorization: `Bearer ${app.globalData.token}` },
      success(res) {
        if (res.statusCode === 200) resolve(res.data);
        else reject(new Error(`HTTP ${res.statusCode}`));
      },
      fail: reject,
    });
  });
}

module.exports = {
  get: (url, data) => request({ url, data }),
  post: (url, data) => request({ url, method: 'POST', data }),
};
