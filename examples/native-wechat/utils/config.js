// One API origin per version of the mini program (develop in the IDE, trial for testers, release).
const { envVersion } = wx.getAccountInfoSync().miniProgram;

const API_ORIGINS = {
  develop: 'https://dev-api.example.com',
  trial: 'https://trial-api.example.com',
  release: 'https://api.example.com',
};

module.exports = {
  API_BASE: API_ORIGINS[envVersion] || API_ORIGINS.release,
  UPLOAD_URL: 'https://upload.example.com/v2/files',
  CDN: 'https://cdn.example.com',
  CHAT_SOCKET: 'wss://chat.example.com/ws',
  PAY_BASE: 'https://pay.example.cn',
};
