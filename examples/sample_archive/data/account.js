window.YTD.account.part0 = [
  {
    "account": {
      "email": "wren@example.com",
      "createdVia": "web",
      "username": "wrenbakes",
      "accountId": "1480000000000000001",
      "createdAt": "2021-12-30T10:00:00.000Z",
      "accountDisplayName": "Wren Calloway"
    }
  }
]
