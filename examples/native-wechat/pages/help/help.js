Page({
  data: {
    helpUrl: 'https://help.example.com/faq',
  },
});
