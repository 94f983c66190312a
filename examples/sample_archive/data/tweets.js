window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1515169118290899853"
          ],
          "editableUntil": "2023-04-13T03:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "19",
      "id_str": "1515169118290899853",
      "truncated": false,
      "retweet_count": "5",
      "id": "1515169118290899853",
      "created_at": "Thu Apr 13 02:05:00 +0000 2023",
      "favorited": false,
      "full_text": "Found an old recipe card from my grandmother in a second hand book. Same handwriting as hers, different person. Still made me smile.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1515146873732386098"
          ],
          "editableUntil": "2023-04-12T12:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "6",
      "id_str": "1515146873732386098",
      "truncated": false,
      "retweet_count": "1",
      "id": "1515146873732386098",
      "created_at": "Wed Apr 12 11:15:00 +0000 2023",
      "favorited": false,
      "full_text": "Spring is here: the first daffodils by the bridge and everybody in town has remembered how to smile again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1515131545743282159"
          ],
          "editableUntil": "2023-04-11T20:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "20",
      "id_str": "1515131545743282159",
      "truncated": false,
      "retweet_count": "1",
      "id": "1515131545743282159",
      "created_at": "Tue Apr 11 19:33:00 +0000 2023",
      "favorited": false,
      "full_text": "My favourite kind of evening: soup on the stove, rain on the window, and a book I cannot put down.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1515081482089119256"
          ],
          "editableUntil": "2023-04-11T05:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "20",
      "id_str": "1515081482089119256",
      "truncated": false,
      "retweet_count": "4",
      "id": "1515081482089119256",
      "created_at": "Tue Apr 11 04:18:00 +0000 2023",
      "favorited": false,
      "full_text": "Biscuit has claimed the warm spot on the laptop again. Working from the sofa it is then.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1515058527404564524"
          ],
          "editableUntil": "2023-04-10T08:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "39",
      "id_str": "1515058527404564524",
      "truncated": false,
      "retweet_count": "1",
      "id": "1515058527404564524",
      "created_at": "Mon Apr 10 07:32:00 +0000 2023",
      "favorited": false,
      "full_text": "Rain on the library roof all afternoon. Perfect weather for shelving the poetry.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514958563821535303"
          ],
          "editableUntil": "2023-04-07T22:39:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/DCSXqLoivD",
            "expanded_url": "https://wren.example/again",
            "display_url": "wren.example/again…",
            "indices": [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "17",
      "id_str": "1514958563821535303",
      "truncated": false,
      "retweet_count": "2",
      "id": "1514958563821535303",
      "created_at": "Fri Apr 07 21:39:00 +0000 2023",
      "favorited": false,
      "full_text": "Sold out of sourdough by ten!! Next week I will bake more, I say every week. https://t.co/DCSXqLoivD",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514924077264776798"
          ],
          "editableUntil": "2023-04-06T09:27:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/WSWMPcwLuH",
            "expanded_url": "https://wren.example/again",
            "display_url": "wren.example/again…",
            "indices": [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "20",
      "id_str": "1514924077264776798",
      "truncated": false,
      "retweet_count": "1",
      "id": "1514924077264776798",
      "created_at": "Thu Apr 06 08:27:00 +0000 2023",
      "favorited": false,
      "full_text": "The bakery stall at Saturday market is back. Come for the sourdough, stay for the chat. https://t.co/WSWMPcwLuH",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514859701401211296"
          ],
          "editableUntil": "2023-04-04T09:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/ntqB5IGky4",
            "expanded_url": "https://wren.example/again",
            "display_url": "wren.example/again…",
            "indices": [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "34",
      "id_str": "1514859701401211296",
      "truncated": false,
      "retweet_count": "4",
      "id": "1514859701401211296",
      "created_at": "Tue Apr 04 08:52:00 +0000 2023",
      "favorited": false,
      "full_text": "A good cup of tea can fix about sixty percent of problems. The rest need cake. https://t.co/ntqB5IGky4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514825829307470027"
          ],
          "editableUntil": "2023-04-02T23:44:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/gOuwgz7z54",
            "expanded_url": "https://wren.example/again",
            "display_url": "wren.example/again…",
            "indices": [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "1",
      "id_str": "1514825829307470027",
      "truncated": false,
      "retweet_count": "2",
      "id": "1514825829307470027",
      "created_at": "Sun Apr 02 22:44:00 +0000 2023",
      "favorited": false,
      "full_text": "Tea, crossword, cat on lap. The Sunday trinity! https://t.co/gOuwgz7z54",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514812701414099167"
          ],
          "editableUntil": "2023-04-01T14:48:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/8ks0n8SoFk",
            "expanded_url": "https://wren.example/again",
            "display_url": "wren.example/again…",
            "indices": [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "35",
      "id_str": "1514812701414099167",
      "truncated": false,
      "retweet_count": "6",
      "id": "1514812701414099167",
      "created_at": "Sat Apr 01 13:48:00 +0000 2023",
      "favorited": false,
      "full_text": "Bread that failed is still toast. Remember this on the hard days. https://t.co/8ks0n8SoFk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514742702417100807"
          ],
          "editableUntil": "2023-03-30T07:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/wFgFSY0l9F",
            "expanded_url": "https://wren.example/again",
            "display_url": "wren.example/again…",
            "indices": [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "16",
      "id_str": "1514742702417100807",
      "truncated": false,
      "retweet_count": "4",
      "id": "1514742702417100807",
      "created_at": "Thu Mar 30 06:04:00 +0000 2023",
      "favorited": false,
      "full_text": "Good morning from the river path. The herons are out early and so am I. https://t.co/wFgFSY0l9F",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514692840324137834"
          ],
          "editableUntil": "2023-03-27T20:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tom_grows_things",
            "screen_name": "tom_grows_things",
            "indices": [
              "0",
              "17"
            ],
            "id_str": "3741",
            "id": "3741"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "18",
        "29"
      ],
      "favorite_count": "3",
      "id_str": "1514692840324137834",
      "truncated": false,
      "retweet_count": "0",
      "id": "1514692840324137834",
      "created_at": "Mon Mar 27 19:32:00 +0000 2023",
      "favorited": false,
      "full_text": "@tom_grows_things thank you!!",
      "lang": "en",
      "in_reply_to_status_id_str": "1400589467087086228",
      "in_reply_to_status_id": "1400589467087086228",
      "in_reply_to_user_id_str": "3741",
      "in_reply_to_user_id": "3741",
      "in_reply_to_screen_name": "tom_grows_things"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514651260605390789"
          ],
          "editableUntil": "2023-03-25T14:44:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1514569403160708699/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/BHXgwETdIK",
            "media_url_https": "https://pbs.twimg.com/media/1514569403160708699.jpg",
            "id_str": "1514569403160708699",
            "id": "1514569403160708699",
            "type": "photo",
            "display_url": "pic.twitter.com/BHXgwETdIK"
          }
        ]
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "10",
      "id_str": "1514651260605390789",
      "truncated": false,
      "retweet_count": "3",
      "id": "1514651260605390789",
      "created_at": "Sat Mar 25 13:44:00 +0000 2023",
      "favorited": false,
      "full_text": "https://t.co/BHXgwETdIK",
      "lang": "zxx",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1514569403160708699/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/BHXgwETdIK",
            "media_url_https": "https://pbs.twimg.com/media/1514569403160708699.jpg",
            "id_str": "1514569403160708699",
            "id": "1514569403160708699",
            "type": "photo",
            "display_url": "pic.twitter.com/BHXgwETdIK"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514569403160708692"
          ],
          "editableUntil": "2023-03-23T05:26:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "greenfingers_jo",
            "screen_name": "greenfingers_jo",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "26",
      "id_str": "1514569403160708692",
      "truncated": false,
      "retweet_count": "0",
      "id": "1514569403160708692",
      "created_at": "Thu Mar 23 04:26:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @greenfingers_jo: Reminder: water in the morning, not the evening. Slugs love a damp night even more than they love…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514481390182817008"
          ],
          "editableUntil": "2023-03-21T01:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "36"
      ],
      "favorite_count": "38",
      "id_str": "1514481390182817008",
      "truncated": false,
      "retweet_count": "4",
      "id": "1514481390182817008",
      "created_at": "Tue Mar 21 00:25:00 +0000 2023",
      "favorited": false,
      "full_text": "Sourdough &gt; everything else &lt;3",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514428593908655146"
          ],
          "editableUntil": "2023-03-19T23:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tom_grows_things",
            "screen_name": "tom_grows_things",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "16",
      "id_str": "1514428593908655146",
      "truncated": false,
      "retweet_count": "2",
      "id": "1514428593908655146",
      "created_at": "Sun Mar 19 22:36:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @tom_grows_things: Hedgehog highways! Cut a small gap in your fence so they can travel between gardens. They w…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514390840053444780"
          ],
          "editableUntil": "2023-03-19T17:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "20",
      "id_str": "1514390840053444780",
      "truncated": false,
      "retweet_count": "2",
      "id": "1514390840053444780",
      "created_at": "Sun Mar 19 16:14:00 +0000 2023",
      "favorited": false,
      "full_text": "The tomatoes are doing brilliantly. The slugs are also doing brilliantly. We are at war.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514298877983196937"
          ],
          "editableUntil": "2023-03-18T22:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "6",
      "id_str": "1514298877983196937",
      "truncated": false,
      "retweet_count": "6",
      "id": "1514298877983196937",
      "created_at": "Sat Mar 18 21:56:00 +0000 2023",
      "favorited": false,
      "full_text": "The sunflowers are taller than me now. They look down on me in a kind way.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514230729230267621"
          ],
          "editableUntil": "2023-03-18T11:48:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "40",
      "id_str": "1514230729230267621",
      "truncated": false,
      "retweet_count": "5",
      "id": "1514230729230267621",
      "created_at": "Sat Mar 18 10:48:00 +0000 2023",
      "favorited": false,
      "full_text": "same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514140476572500792"
          ],
          "editableUntil": "2023-03-18T00:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bakerbeth",
            "screen_name": "bakerbeth",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "2",
      "id_str": "1514140476572500792",
      "truncated": false,
      "retweet_count": "0",
      "id": "1514140476572500792",
      "created_at": "Fri Mar 17 23:56:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @bakerbeth: If your bread is flat, it is not your fault, it is the weather. Mostly. Try a little less water a…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514110523138916599"
          ],
          "editableUntil": "2023-03-17T06:49:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "24",
      "id_str": "1514110523138916599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1514110523138916599",
      "created_at": "Fri Mar 17 05:49:00 +0000 2023",
      "favorited": false,
      "full_text": "Cycled to the coast and back. Sixty kilometres, two ice creams, one sunburnt nose.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514100243156996900"
          ],
          "editableUntil": "2023-03-14T18:01:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "12",
      "id_str": "1514100243156996900",
      "truncated": false,
      "retweet_count": "6",
      "id": "1514100243156996900",
      "created_at": "Tue Mar 14 17:01:00 +0000 2023",
      "favorited": false,
      "full_text": "Lemon drizzle update: sold out in forty minutes. The people of this town have taste.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514016140451123102"
          ],
          "editableUntil": "2023-03-12T12:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "sam_on_wheels",
            "screen_name": "sam_on_wheels",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3380",
            "id": "3380"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1514016140451123102",
      "truncated": false,
      "retweet_count": "0",
      "id": "1514016140451123102",
      "created_at": "Sun Mar 12 11:38:00 +0000 2023",
      "favorited": false,
      "full_text": "@sam_on_wheels Welcome to the cycling club! Bring snacks, we stop for tea a lot.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400724568252605143",
      "in_reply_to_status_id": "1400724568252605143",
      "in_reply_to_user_id_str": "3380",
      "in_reply_to_user_id": "3380",
      "in_reply_to_screen_name": "sam_on_wheels"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1514009137659324742"
          ],
          "editableUntil": "2023-03-10T11:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "2",
      "id_str": "1514009137659324742",
      "truncated": false,
      "retweet_count": "1",
      "id": "1514009137659324742",
      "created_at": "Fri Mar 10 10:34:00 +0000 2023",
      "favorited": false,
      "full_text": "September bread: apple and cinnamon swirl. The house smells like autumn arrived early.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513909520306036298"
          ],
          "editableUntil": "2023-03-10T05:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "39",
      "id_str": "1513909520306036298",
      "truncated": false,
      "retweet_count": "1",
      "id": "1513909520306036298",
      "created_at": "Fri Mar 10 04:33:00 +0000 2023",
      "favorited": false,
      "full_text": "Spring is here: the first daffodils by the bridge and everybody in town has remembered how to smile.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513904736298485618"
          ],
          "editableUntil": "2023-03-09T17:27:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "10",
      "id_str": "1513904736298485618",
      "truncated": false,
      "retweet_count": "1",
      "id": "1513904736298485618",
      "created_at": "Thu Mar 09 16:27:00 +0000 2023",
      "favorited": false,
      "full_text": "Learned the Japanese word for sunlight through leaves. I think about it every time I walk under the oaks now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513821356151606915"
          ],
          "editableUntil": "2023-03-09T07:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "13",
      "id_str": "1513821356151606915",
      "truncated": false,
      "retweet_count": "3",
      "id": "1513821356151606915",
      "created_at": "Thu Mar 09 06:51:00 +0000 2023",
      "favorited": false,
      "full_text": "My bike has a new bell. It goes ding in a very polite way.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513740090798493574"
          ],
          "editableUntil": "2023-03-08T07:01:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "1",
      "id_str": "1513740090798493574",
      "truncated": false,
      "retweet_count": "3",
      "id": "1513740090798493574",
      "created_at": "Wed Mar 08 06:01:00 +0000 2023",
      "favorited": false,
      "full_text": "The allotment pumpkins are enormous this year. One of them needs its own postcode.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513640909862086133"
          ],
          "editableUntil": "2023-03-08T01:07:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "34",
      "id_str": "1513640909862086133",
      "truncated": false,
      "retweet_count": "3",
      "id": "1513640909862086133",
      "created_at": "Wed Mar 08 00:07:00 +0000 2023",
      "favorited": false,
      "full_text": "Bread, books, bikes, Biscuit. That is the whole list.",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513551146408944378"
          ],
          "editableUntil": "2023-03-05T23:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "38",
      "id_str": "1513551146408944378",
      "truncated": false,
      "retweet_count": "1",
      "id": "1513551146408944378",
      "created_at": "Sun Mar 05 22:25:00 +0000 2023",
      "favorited": false,
      "full_text": "Last day in Kyoto. I am already planning the next trip.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513523133955717859"
          ],
          "editableUntil": "2023-03-04T18:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "12",
      "id_str": "1513523133955717859",
      "truncated": false,
      "retweet_count": "1",
      "id": "1513523133955717859",
      "created_at": "Sat Mar 04 17:04:00 +0000 2023",
      "favorited": false,
      "full_text": "Tea, crossword &amp; cat on lap. The Sunday trinity.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513485492860560869"
          ],
          "editableUntil": "2023-03-03T21:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "32",
      "id_str": "1513485492860560869",
      "truncated": false,
      "retweet_count": "0",
      "id": "1513485492860560869",
      "created_at": "Fri Mar 03 20:11:00 +0000 2023",
      "favorited": false,
      "full_text": "The river is high after the storm. Everyone in town has come out to look at it, like it is a celebrity.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513394138363889623"
          ],
          "editableUntil": "2023-03-03T03:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "33",
      "id_str": "1513394138363889623",
      "truncated": false,
      "retweet_count": "2",
      "id": "1513394138363889623",
      "created_at": "Fri Mar 03 02:06:00 +0000 2023",
      "favorited": false,
      "full_text": "Bread that failed is still toast. Remember this on the hard days.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513297542898282257"
          ],
          "editableUntil": "2023-03-01T18:23:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "17",
      "id_str": "1513297542898282257",
      "truncated": false,
      "retweet_count": "5",
      "id": "1513297542898282257",
      "created_at": "Wed Mar 01 17:23:00 +0000 2023",
      "favorited": false,
      "full_text": "Reading group picked a 700 page novel. Wish us luck &amp; snacks.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513259486584740523"
          ],
          "editableUntil": "2023-02-27T16:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1513221695442701581/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/2BV6DfVPCl",
            "media_url_https": "https://pbs.twimg.com/media/1513221695442701581.jpg",
            "id_str": "1513221695442701581",
            "id": "1513221695442701581",
            "type": "photo",
            "display_url": "pic.twitter.com/2BV6DfVPCl"
          }
        ]
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "2",
      "id_str": "1513259486584740523",
      "truncated": false,
      "retweet_count": "0",
      "id": "1513259486584740523",
      "created_at": "Mon Feb 27 15:20:00 +0000 2023",
      "favorited": false,
      "full_text": "https://t.co/2BV6DfVPCl",
      "lang": "zxx",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1513221695442701581/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/2BV6DfVPCl",
            "media_url_https": "https://pbs.twimg.com/media/1513221695442701581.jpg",
            "id_str": "1513221695442701581",
            "id": "1513221695442701581",
            "type": "photo",
            "display_url": "pic.twitter.com/2BV6DfVPCl"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513221695442701574"
          ],
          "editableUntil": "2023-02-26T20:39:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1513221695442701574",
      "truncated": false,
      "retweet_count": "3",
      "id": "1513221695442701574",
      "created_at": "Sun Feb 26 19:39:00 +0000 2023",
      "favorited": false,
      "full_text": "January bread: a proper Japanese milk bread. Soft as a cloud. One down, eleven to go.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513153432891997716"
          ],
          "editableUntil": "2023-02-24T18:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "3",
      "id_str": "1513153432891997716",
      "truncated": false,
      "retweet_count": "5",
      "id": "1513153432891997716",
      "created_at": "Fri Feb 24 17:05:00 +0000 2023",
      "favorited": false,
      "full_text": "There is a specific joy in a perfectly organised spice drawer. Today I have that joy.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513143459376528678"
          ],
          "editableUntil": "2023-02-23T17:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "townhall_events",
            "screen_name": "townhall_events",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "11",
      "id_str": "1513143459376528678",
      "truncated": false,
      "retweet_count": "4",
      "id": "1513143459376528678",
      "created_at": "Thu Feb 23 16:25:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @townhall_events: Free bread workshop at the town library this Saturday with our local baker. Spaces are limited, so…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513084019295977279"
          ],
          "editableUntil": "2023-02-21T07:46:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "32",
      "id_str": "1513084019295977279",
      "truncated": false,
      "retweet_count": "5",
      "id": "1513084019295977279",
      "created_at": "Tue Feb 21 06:46:00 +0000 2023",
      "favorited": false,
      "full_text": "The best conversations happen at the allotment gate. Today: compost, grandchildren, and the moon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513054941320176164"
          ],
          "editableUntil": "2023-02-19T17:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "canalcyclist",
            "screen_name": "canalcyclist",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "3274",
            "id": "3274"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "86"
      ],
      "favorite_count": "12",
      "id_str": "1513054941320176164",
      "truncated": false,
      "retweet_count": "1",
      "id": "1513054941320176164",
      "created_at": "Sun Feb 19 16:08:00 +0000 2023",
      "favorited": false,
      "full_text": "@canalcyclist Lights on, bell polite, flask full. That is my whole cycling philosophy.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400065726568360883",
      "in_reply_to_status_id": "1400065726568360883",
      "in_reply_to_user_id_str": "3274",
      "in_reply_to_user_id": "3274",
      "in_reply_to_screen_name": "canalcyclist"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1513052205702769905"
          ],
          "editableUntil": "2023-02-17T20:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "11",
      "id_str": "1513052205702769905",
      "truncated": false,
      "retweet_count": "1",
      "id": "1513052205702769905",
      "created_at": "Fri Feb 17 19:33:00 +0000 2023",
      "favorited": false,
      "full_text": "Professor the hedgehog brought a friend. My garden is now a small hedgehog club.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512976399993112512"
          ],
          "editableUntil": "2023-02-17T14:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1512976399993112512",
      "truncated": false,
      "retweet_count": "0",
      "id": "1512976399993112512",
      "created_at": "Fri Feb 17 13:08:00 +0000 2023",
      "favorited": false,
      "full_text": "Christmas morning: cinnamon buns, new socks, and Biscuit in a box. Perfect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512906037415794796"
          ],
          "editableUntil": "2023-02-16T17:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "38",
      "id_str": "1512906037415794796",
      "truncated": false,
      "retweet_count": "4",
      "id": "1512906037415794796",
      "created_at": "Thu Feb 16 16:58:00 +0000 2023",
      "favorited": false,
      "full_text": "The garlic is ready! Planted in November, harvested in July, worth every month of waiting.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512814174828326649"
          ],
          "editableUntil": "2023-02-14T23:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "librarylou",
            "screen_name": "librarylou",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "35",
      "id_str": "1512814174828326649",
      "truncated": false,
      "retweet_count": "2",
      "id": "1512814174828326649",
      "created_at": "Tue Feb 14 22:30:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @librarylou: Library fact: our most borrowed book this year is about baking bread. Our town has great tas…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512805276334094171"
          ],
          "editableUntil": "2023-02-13T00:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "25",
      "id_str": "1512805276334094171",
      "truncated": false,
      "retweet_count": "6",
      "id": "1512805276334094171",
      "created_at": "Sun Feb 12 23:38:00 +0000 2023",
      "favorited": false,
      "full_text": "Biscuit has claimed the warm spot on the laptop again. Working from the sofa it is.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512710616535094434"
          ],
          "editableUntil": "2023-02-10T17:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "40",
      "id_str": "1512710616535094434",
      "truncated": false,
      "retweet_count": "1",
      "id": "1512710616535094434",
      "created_at": "Fri Feb 10 16:21:00 +0000 2023",
      "favorited": false,
      "full_text": "Made jam from the last of the blackberries. Purple fingers, full heart &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512646166341935825"
          ],
          "editableUntil": "2023-02-10T06:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1512646166341935825",
      "truncated": false,
      "retweet_count": "6",
      "id": "1512646166341935825",
      "created_at": "Fri Feb 10 05:17:00 +0000 2023",
      "favorited": false,
      "full_text": "The library tree is up. The kids decorated it with paper books and one sock.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512578328797583912"
          ],
          "editableUntil": "2023-02-09T15:09:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/KwtgHwIoAL",
            "expanded_url": "https://allotments.example/open-day",
            "display_url": "allotments.example/open-d…",
            "indices": [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "23",
      "id_str": "1512578328797583912",
      "truncated": false,
      "retweet_count": "4",
      "id": "1512578328797583912",
      "created_at": "Thu Feb 09 14:09:00 +0000 2023",
      "favorited": false,
      "full_text": "The allotment society is looking for volunteers for the open day &amp; plant sale https://t.co/KwtgHwIoAL",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512494421750418410"
          ],
          "editableUntil": "2023-02-09T01:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "3",
      "id_str": "1512494421750418410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1512494421750418410",
      "created_at": "Thu Feb 09 00:56:00 +0000 2023",
      "favorited": false,
      "full_text": "My favourite kind of evening: soup on the stove, rain on the window, a book I cannot put down.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512401502524565781"
          ],
          "editableUntil": "2023-02-08T18:55:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "31",
      "id_str": "1512401502524565781",
      "truncated": false,
      "retweet_count": "1",
      "id": "1512401502524565781",
      "created_at": "Wed Feb 08 17:55:00 +0000 2023",
      "favorited": false,
      "full_text": "Made ratatouille with everything from the allotment. It tasted like summer in a bowl.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512349261362789322"
          ],
          "editableUntil": "2023-02-08T10:47:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "27",
      "id_str": "1512349261362789322",
      "truncated": false,
      "retweet_count": "3",
      "id": "1512349261362789322",
      "created_at": "Wed Feb 08 09:47:00 +0000 2023",
      "favorited": false,
      "full_text": "Potatoes planted. It is always a leap of faith, putting things in the ground and waiting.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512307312503072494"
          ],
          "editableUntil": "2023-02-06T14:07:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "2",
      "id_str": "1512307312503072494",
      "truncated": false,
      "retweet_count": "1",
      "id": "1512307312503072494",
      "created_at": "Mon Feb 06 13:07:00 +0000 2023",
      "favorited": false,
      "full_text": "Biscuit vs. the vacuum cleaner: round twelve. Biscuit wins again.",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512262311010991369"
          ],
          "editableUntil": "2023-02-04T11:07:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "librarylou",
            "screen_name": "librarylou",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "3093",
            "id": "3093"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "83"
      ],
      "favorite_count": "37",
      "id_str": "1512262311010991369",
      "truncated": false,
      "retweet_count": "5",
      "id": "1512262311010991369",
      "created_at": "Sat Feb 04 10:07:00 +0000 2023",
      "favorited": false,
      "full_text": "@librarylou The new reading corner looks wonderful. The beanbags are a genius idea.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400581086826463567",
      "in_reply_to_status_id": "1400581086826463567",
      "in_reply_to_user_id_str": "3093",
      "in_reply_to_user_id": "3093",
      "in_reply_to_screen_name": "librarylou"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512217673053834823"
          ],
          "editableUntil": "2023-02-02T13:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "25"
      ],
      "favorite_count": "3",
      "id_str": "1512217673053834823",
      "truncated": false,
      "retweet_count": "2",
      "id": "1512217673053834823",
      "created_at": "Thu Feb 02 12:12:00 +0000 2023",
      "favorited": false,
      "full_text": "日本語の勉強は楽しいけど、漢字はむずかしいですね。",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512191799910178034"
          ],
          "editableUntil": "2023-01-31T16:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "5",
      "id_str": "1512191799910178034",
      "truncated": false,
      "retweet_count": "3",
      "id": "1512191799910178034",
      "created_at": "Tue Jan 31 15:25:00 +0000 2023",
      "favorited": false,
      "full_text": "Cycled to the next village for their famous pie. The pie was worth every hill.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512140101488311408"
          ],
          "editableUntil": "2023-01-30T13:37:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "23",
      "id_str": "1512140101488311408",
      "truncated": false,
      "retweet_count": "4",
      "id": "1512140101488311408",
      "created_at": "Mon Jan 30 12:37:00 +0000 2023",
      "favorited": false,
      "full_text": "Today's loaf has a slightly wonky ear and I love it anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512086819720415322"
          ],
          "editableUntil": "2023-01-29T16:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "25",
      "id_str": "1512086819720415322",
      "truncated": false,
      "retweet_count": "5",
      "id": "1512086819720415322",
      "created_at": "Sun Jan 29 15:13:00 +0000 2023",
      "favorited": false,
      "full_text": "はい！",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1512010425894761052"
          ],
          "editableUntil": "2023-01-27T18:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "6",
      "id_str": "1512010425894761052",
      "truncated": false,
      "retweet_count": "2",
      "id": "1512010425894761052",
      "created_at": "Fri Jan 27 17:19:00 +0000 2023",
      "favorited": false,
      "full_text": "Took the long way through the park to see the autumn colours. Worth being five minutes late.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511931289903926292"
          ],
          "editableUntil": "2023-01-26T03:42:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "23",
      "id_str": "1511931289903926292",
      "truncated": false,
      "retweet_count": "6",
      "id": "1511931289903926292",
      "created_at": "Thu Jan 26 02:42:00 +0000 2023",
      "favorited": false,
      "full_text": "Biscuit and I have made up. Treats were involved.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511855597122972686"
          ],
          "editableUntil": "2023-01-25T19:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "16",
      "id_str": "1511855597122972686",
      "truncated": false,
      "retweet_count": "0",
      "id": "1511855597122972686",
      "created_at": "Wed Jan 25 18:02:00 +0000 2023",
      "favorited": false,
      "full_text": "A patron brought back a book that was due in 1998. Fine waived, story collected. Worth it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511830848630274056"
          ],
          "editableUntil": "2023-01-23T11:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "17",
      "id_str": "1511830848630274056",
      "truncated": false,
      "retweet_count": "5",
      "id": "1511830848630274056",
      "created_at": "Mon Jan 23 10:12:00 +0000 2023",
      "favorited": false,
      "full_text": "The blossom on the cherry tree by the library is out. Pink petals everywhere, including in my bag.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511773068380522901"
          ],
          "editableUntil": "2023-01-22T19:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "2",
      "id_str": "1511773068380522901",
      "truncated": false,
      "retweet_count": "1",
      "id": "1511773068380522901",
      "created_at": "Sun Jan 22 18:32:00 +0000 2023",
      "favorited": false,
      "full_text": "🍞🍞🍞",
      "lang": "qme"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511738655656643920"
          ],
          "editableUntil": "2023-01-21T18:09:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "16",
      "id_str": "1511738655656643920",
      "truncated": false,
      "retweet_count": "4",
      "id": "1511738655656643920",
      "created_at": "Sat Jan 21 17:09:00 +0000 2023",
      "favorited": false,
      "full_text": "Rode the long way home along the canal. Swans, a kingfisher, and one very confident duck.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511670083280169276"
          ],
          "editableUntil": "2023-01-20T23:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "9",
      "id_str": "1511670083280169276",
      "truncated": false,
      "retweet_count": "2",
      "id": "1511670083280169276",
      "created_at": "Fri Jan 20 22:32:00 +0000 2023",
      "favorited": false,
      "full_text": "The allotment shed got a fresh coat of paint. It is now a pale blue and very proud of itself.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511630382989733637"
          ],
          "editableUntil": "2023-01-18T14:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "16",
      "id_str": "1511630382989733637",
      "truncated": false,
      "retweet_count": "1",
      "id": "1511630382989733637",
      "created_at": "Wed Jan 18 13:03:00 +0000 2023",
      "favorited": false,
      "full_text": "Sometimes the best plan for a Saturday is no plan at all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511579995877901487"
          ],
          "editableUntil": "2023-01-16T17:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "14",
      "id_str": "1511579995877901487",
      "truncated": false,
      "retweet_count": "0",
      "id": "1511579995877901487",
      "created_at": "Mon Jan 16 16:15:00 +0000 2023",
      "favorited": false,
      "full_text": "The kettle and I have a good relationship. It is always there for me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511482431419036956"
          ],
          "editableUntil": "2023-01-14T09:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "31",
      "id_str": "1511482431419036956",
      "truncated": false,
      "retweet_count": "2",
      "id": "1511482431419036956",
      "created_at": "Sat Jan 14 08:29:00 +0000 2023",
      "favorited": false,
      "full_text": "August storm, warm rain, everyone on the high street ran for the bakery door. Good choice, everyone.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511454170790932183"
          ],
          "editableUntil": "2023-01-13T19:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "librarylou",
            "screen_name": "librarylou",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "1",
      "id_str": "1511454170790932183",
      "truncated": false,
      "retweet_count": "6",
      "id": "1511454170790932183",
      "created_at": "Fri Jan 13 18:33:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @librarylou: Our summer reading challenge is open to all ages this year. Pop in to any branch and pick up your re…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511361304112530409"
          ],
          "editableUntil": "2023-01-11T12:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "riverwatch",
            "screen_name": "riverwatch",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "3087",
            "id": "3087"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "83"
      ],
      "favorite_count": "32",
      "id_str": "1511361304112530409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1511361304112530409",
      "created_at": "Wed Jan 11 11:25:00 +0000 2023",
      "favorited": false,
      "full_text": "@riverwatch I saw the otter too! Just past the old mill, around seven this morning.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400146671571667299",
      "in_reply_to_status_id": "1400146671571667299",
      "in_reply_to_user_id_str": "3087",
      "in_reply_to_user_id": "3087",
      "in_reply_to_screen_name": "riverwatch"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511316148698453942"
          ],
          "editableUntil": "2023-01-09T05:39:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "2",
      "id_str": "1511316148698453942",
      "truncated": false,
      "retweet_count": "0",
      "id": "1511316148698453942",
      "created_at": "Mon Jan 09 04:39:00 +0000 2023",
      "favorited": false,
      "full_text": "Packing for Kyoto and somehow half my suitcase is tea.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511244168170685873"
          ],
          "editableUntil": "2023-01-07T15:57:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "27",
      "id_str": "1511244168170685873",
      "truncated": false,
      "retweet_count": "2",
      "id": "1511244168170685873",
      "created_at": "Sat Jan 07 14:57:00 +0000 2023",
      "favorited": false,
      "full_text": "Found a hedgehog in the garden last night. Left out water and a little cat food. Please come back.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511233723077713715"
          ],
          "editableUntil": "2023-01-07T02:35:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "canalcyclist",
            "screen_name": "canalcyclist",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "30",
      "id_str": "1511233723077713715",
      "truncated": false,
      "retweet_count": "3",
      "id": "1511233723077713715",
      "created_at": "Sat Jan 07 01:35:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @canalcyclist: Frosty mornings on the towpath are beautiful but slippery. Slow down on the bends near the lo…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511168222036379307"
          ],
          "editableUntil": "2023-01-04T16:24:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "29",
      "id_str": "1511168222036379307",
      "truncated": false,
      "retweet_count": "1",
      "id": "1511168222036379307",
      "created_at": "Wed Jan 04 15:24:00 +0000 2023",
      "favorited": false,
      "full_text": "Rain on the library roof all afternoon. Perfect weather for shelving poetry.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511166732309711473"
          ],
          "editableUntil": "2023-01-02T19:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bakerbeth",
            "screen_name": "bakerbeth",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2936",
            "id": "2936"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "13"
      ],
      "favorite_count": "28",
      "id_str": "1511166732309711473",
      "truncated": false,
      "retweet_count": "1",
      "id": "1511166732309711473",
      "created_at": "Mon Jan 02 18:53:00 +0000 2023",
      "favorited": false,
      "full_text": "@bakerbeth 😂😂",
      "lang": "en",
      "in_reply_to_status_id_str": "1400438213046782273",
      "in_reply_to_status_id": "1400438213046782273",
      "in_reply_to_user_id_str": "2936",
      "in_reply_to_user_id": "2936",
      "in_reply_to_screen_name": "bakerbeth"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511114018073759759"
          ],
          "editableUntil": "2023-01-01T10:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "37",
      "id_str": "1511114018073759759",
      "truncated": false,
      "retweet_count": "1",
      "id": "1511114018073759759",
      "created_at": "Sun Jan 01 09:21:00 +0000 2023",
      "favorited": false,
      "full_text": "Tried baking bread in a cast iron pot for the first time. The crust is incredible. I may never go back.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1511021675689095995"
          ],
          "editableUntil": "2022-12-31T03:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "38",
      "id_str": "1511021675689095995",
      "truncated": false,
      "retweet_count": "3",
      "id": "1511021675689095995",
      "created_at": "Sat Dec 31 02:02:00 +0000 2022",
      "favorited": false,
      "full_text": "Good morning from the river path. The herons are out early and so am I.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510975046651450702"
          ],
          "editableUntil": "2022-12-30T14:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "2",
      "id_str": "1510975046651450702",
      "truncated": false,
      "retweet_count": "5",
      "id": "1510975046651450702",
      "created_at": "Fri Dec 30 13:38:00 +0000 2022",
      "favorited": false,
      "full_text": "A regular at the library brings me a poem every Friday. Today it was about clouds. I am keeping them all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510894903787893999"
          ],
          "editableUntil": "2022-12-28T03:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "12",
      "id_str": "1510894903787893999",
      "truncated": false,
      "retweet_count": "0",
      "id": "1510894903787893999",
      "created_at": "Wed Dec 28 02:50:00 +0000 2022",
      "favorited": false,
      "full_text": "Rye attempt two: much better. Gerald is very proud of himself.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510859135385676385"
          ],
          "editableUntil": "2022-12-25T23:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "22",
      "id_str": "1510859135385676385",
      "truncated": false,
      "retweet_count": "0",
      "id": "1510859135385676385",
      "created_at": "Sun Dec 25 22:58:00 +0000 2022",
      "favorited": false,
      "full_text": "Thursday board game night: I lost at everything and still had the best time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510785245759625775"
          ],
          "editableUntil": "2022-12-25T08:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "2",
      "id_str": "1510785245759625775",
      "truncated": false,
      "retweet_count": "3",
      "id": "1510785245759625775",
      "created_at": "Sun Dec 25 07:34:00 +0000 2022",
      "favorited": false,
      "full_text": "That quiet week between the holidays is my favourite. Nobody knows what day it is and nobody minds.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510758495399359116"
          ],
          "editableUntil": "2022-12-23T15:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "12",
      "id_str": "1510758495399359116",
      "truncated": false,
      "retweet_count": "6",
      "id": "1510758495399359116",
      "created_at": "Fri Dec 23 14:21:00 +0000 2022",
      "favorited": false,
      "full_text": "Library summer reading challenge has started. The kids are competitive this year. I love it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510670091861080289"
          ],
          "editableUntil": "2022-12-22T08:42:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kyoto_kitchen",
            "screen_name": "kyoto_kitchen",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "10",
      "id_str": "1510670091861080289",
      "truncated": false,
      "retweet_count": "5",
      "id": "1510670091861080289",
      "created_at": "Thu Dec 22 07:42:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @kyoto_kitchen: Spring in Kyoto means sakura mochi in every shop window. Here is a simple recipe you can make at…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510581785001505145"
          ],
          "editableUntil": "2022-12-20T06:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "40",
      "id_str": "1510581785001505145",
      "truncated": false,
      "retweet_count": "3",
      "id": "1510581785001505145",
      "created_at": "Tue Dec 20 05:50:00 +0000 2022",
      "favorited": false,
      "full_text": "Making pickles for the first time. The whole house smells of vinegar and ambition.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510573276047792954"
          ],
          "editableUntil": "2022-12-18T10:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "2",
      "id_str": "1510573276047792954",
      "truncated": false,
      "retweet_count": "3",
      "id": "1510573276047792954",
      "created_at": "Sun Dec 18 09:51:00 +0000 2022",
      "favorited": false,
      "full_text": "Collected conkers with the kids at story time. Their pockets are now full of treasures.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510529828038430411"
          ],
          "editableUntil": "2022-12-17T20:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "31",
      "id_str": "1510529828038430411",
      "truncated": false,
      "retweet_count": "6",
      "id": "1510529828038430411",
      "created_at": "Sat Dec 17 19:58:00 +0000 2022",
      "favorited": false,
      "full_text": "hmm…",
      "lang": "und"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510519383725322462"
          ],
          "editableUntil": "2022-12-17T09:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "33",
      "id_str": "1510519383725322462",
      "truncated": false,
      "retweet_count": "1",
      "id": "1510519383725322462",
      "created_at": "Sat Dec 17 08:34:00 +0000 2022",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510469416176601630"
          ],
          "editableUntil": "2022-12-16T10:24:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "32",
      "id_str": "1510469416176601630",
      "truncated": false,
      "retweet_count": "1",
      "id": "1510469416176601630",
      "created_at": "Fri Dec 16 09:24:00 +0000 2022",
      "favorited": false,
      "full_text": "November bread: a plaited loaf for the library anniversary. It looked like a golden rope.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510380847922936449"
          ],
          "editableUntil": "2022-12-15T05:37:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "25",
      "id_str": "1510380847922936449",
      "truncated": false,
      "retweet_count": "0",
      "id": "1510380847922936449",
      "created_at": "Thu Dec 15 04:37:00 +0000 2022",
      "favorited": false,
      "full_text": "Marrow soup it is. It was surprisingly good. Do not tell the marrow.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510302224756965779"
          ],
          "editableUntil": "2022-12-14T14:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "8",
      "id_str": "1510302224756965779",
      "truncated": false,
      "retweet_count": "0",
      "id": "1510302224756965779",
      "created_at": "Wed Dec 14 13:56:00 +0000 2022",
      "favorited": false,
      "full_text": "A quiet thank you to everyone who returns library books on time. You are the real heroes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510236360594370534"
          ],
          "editableUntil": "2022-12-12T08:46:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "5",
      "id_str": "1510236360594370534",
      "truncated": false,
      "retweet_count": "3",
      "id": "1510236360594370534",
      "created_at": "Mon Dec 12 07:46:00 +0000 2022",
      "favorited": false,
      "full_text": "The robin at the allotment now follows me around like a small feathered supervisor.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510175724301015983"
          ],
          "editableUntil": "2022-12-11T19:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "13",
      "id_str": "1510175724301015983",
      "truncated": false,
      "retweet_count": "0",
      "id": "1510175724301015983",
      "created_at": "Sun Dec 11 18:54:00 +0000 2022",
      "favorited": false,
      "full_text": "Finished knitting a scarf that is far too long. It is now a scarf for two people.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510119734987750924"
          ],
          "editableUntil": "2022-12-09T16:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "23",
      "id_str": "1510119734987750924",
      "truncated": false,
      "retweet_count": "5",
      "id": "1510119734987750924",
      "created_at": "Fri Dec 09 15:29:00 +0000 2022",
      "favorited": false,
      "full_text": "The allotment went wild while I was away. The weeds had a party. I am cleaning up after it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510060459337394989"
          ],
          "editableUntil": "2022-12-08T09:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "19",
      "id_str": "1510060459337394989",
      "truncated": false,
      "retweet_count": "5",
      "id": "1510060459337394989",
      "created_at": "Thu Dec 08 08:28:00 +0000 2022",
      "favorited": false,
      "full_text": "The first frost on the allotment. The kale looks delighted, the beans do not.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1510016167493792447"
          ],
          "editableUntil": "2022-12-07T02:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "26",
      "id_str": "1510016167493792447",
      "truncated": false,
      "retweet_count": "2",
      "id": "1510016167493792447",
      "created_at": "Wed Dec 07 01:25:00 +0000 2022",
      "favorited": false,
      "full_text": "Ordered lunch entirely in Japanese and got exactly what I asked for. Small victory, big noodles.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509959186187016121"
          ],
          "editableUntil": "2022-12-05T01:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "5",
      "id_str": "1509959186187016121",
      "truncated": false,
      "retweet_count": "5",
      "id": "1509959186187016121",
      "created_at": "Mon Dec 05 00:08:00 +0000 2022",
      "favorited": false,
      "full_text": "Baked a matcha loaf inspired by the Kyoto trip. Green, soft, and a bit of a surprise to everyone.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509936434109806130"
          ],
          "editableUntil": "2022-12-03T03:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "25",
      "id_str": "1509936434109806130",
      "truncated": false,
      "retweet_count": "5",
      "id": "1509936434109806130",
      "created_at": "Sat Dec 03 02:34:00 +0000 2022",
      "favorited": false,
      "full_text": "First loaf of the season with the new flour. Crackly crust, open crumb, very happy baker.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509926528565954623"
          ],
          "editableUntil": "2022-12-01T20:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tom_grows_things",
            "screen_name": "tom_grows_things",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "31",
      "id_str": "1509926528565954623",
      "truncated": false,
      "retweet_count": "4",
      "id": "1509926528565954623",
      "created_at": "Thu Dec 01 19:28:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @tom_grows_things: The giant pumpkin contest is back. Weigh-in is on the last Saturday of October at the allotment…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509914562173577471"
          ],
          "editableUntil": "2022-12-01T02:26:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/qcMUP6n0a0",
            "expanded_url": "https://wren.example/kyoto",
            "display_url": "wren.example/kyoto…",
            "indices": [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "11",
      "id_str": "1509914562173577471",
      "truncated": false,
      "retweet_count": "4",
      "id": "1509914562173577471",
      "created_at": "Thu Dec 01 01:26:00 +0000 2022",
      "favorited": false,
      "full_text": "Photos from the Kyoto trip are finally sorted. Mostly bread, a few temples https://t.co/qcMUP6n0a0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509856003911319029"
          ],
          "editableUntil": "2022-11-29T02:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "8"
      ],
      "favorite_count": "2",
      "id_str": "1509856003911319029",
      "truncated": false,
      "retweet_count": "1",
      "id": "1509856003911319029",
      "created_at": "Tue Nov 29 01:03:00 +0000 2022",
      "favorited": false,
      "full_text": "so tired",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509803116250550137"
          ],
          "editableUntil": "2022-11-27T23:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "22",
      "id_str": "1509803116250550137",
      "truncated": false,
      "retweet_count": "1",
      "id": "1509803116250550137",
      "created_at": "Sun Nov 27 22:54:00 +0000 2022",
      "favorited": false,
      "full_text": "Small win: the sourdough did not stick to the basket. Big win: it tasted great.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509718215621531836"
          ],
          "editableUntil": "2022-11-25T21:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1509718215621531836",
      "truncated": false,
      "retweet_count": "0",
      "id": "1509718215621531836",
      "created_at": "Fri Nov 25 20:15:00 +0000 2022",
      "favorited": false,
      "full_text": "Baked bread for the neighbours as a thank you for watching Biscuit. One of them cried a little. Bread does that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509654010119334788"
          ],
          "editableUntil": "2022-11-24T01:59:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "32",
      "id_str": "1509654010119334788",
      "truncated": false,
      "retweet_count": "6",
      "id": "1509654010119334788",
      "created_at": "Thu Nov 24 00:59:00 +0000 2022",
      "favorited": false,
      "full_text": "My neighbour taught me how to make dumplings. My first ones look like tiny sleeping animals.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509625683032599491"
          ],
          "editableUntil": "2022-11-23T16:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "12",
      "id_str": "1509625683032599491",
      "truncated": false,
      "retweet_count": "4",
      "id": "1509625683032599491",
      "created_at": "Wed Nov 23 15:36:00 +0000 2022",
      "favorited": false,
      "full_text": "Library fact: the most borrowed book this month is about bread. I had nothing to do with it. Mostly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509591906875828606"
          ],
          "editableUntil": "2022-11-23T04:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kyoto_kitchen",
            "screen_name": "kyoto_kitchen",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "28",
      "id_str": "1509591906875828606",
      "truncated": false,
      "retweet_count": "2",
      "id": "1509591906875828606",
      "created_at": "Wed Nov 23 03:33:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @kyoto_kitchen: Furoshiki wrapping is a lovely way to carry bread and gifts without any plastic. A quick how-…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509524090050311304"
          ],
          "editableUntil": "2022-11-20T19:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "15"
      ],
      "favorite_count": "2",
      "id_str": "1509524090050311304",
      "truncated": false,
      "retweet_count": "0",
      "id": "1509524090050311304",
      "created_at": "Sun Nov 20 18:19:00 +0000 2022",
      "favorited": false,
      "full_text": "good morning ☀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509508938955802501"
          ],
          "editableUntil": "2022-11-18T20:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "amy_reads",
            "screen_name": "amy_reads",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "14",
      "id_str": "1509508938955802501",
      "truncated": false,
      "retweet_count": "5",
      "id": "1509508938955802501",
      "created_at": "Fri Nov 18 19:50:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @amy_reads: Best bookshop find of the week: a battered copy of our next pick with notes in the margins fr…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509473321551829193"
          ],
          "editableUntil": "2022-11-17T07:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "25",
      "id_str": "1509473321551829193",
      "truncated": false,
      "retweet_count": "2",
      "id": "1509473321551829193",
      "created_at": "Thu Nov 17 06:17:00 +0000 2022",
      "favorited": false,
      "full_text": "Read my first full page of a Japanese children's book. It was about a rabbit. I am so proud.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509445827709850514"
          ],
          "editableUntil": "2022-11-16T06:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "9",
      "id_str": "1509445827709850514",
      "truncated": false,
      "retweet_count": "2",
      "id": "1509445827709850514",
      "created_at": "Wed Nov 16 05:13:00 +0000 2022",
      "favorited": false,
      "full_text": "Today was for slow things: a long walk, a longer lunch, and a nap I did not plan.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509418687476187048"
          ],
          "editableUntil": "2022-11-15T09:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "12",
      "id_str": "1509418687476187048",
      "truncated": false,
      "retweet_count": "3",
      "id": "1509418687476187048",
      "created_at": "Tue Nov 15 08:58:00 +0000 2022",
      "favorited": false,
      "full_text": "The library roof leaked over the science shelves. We saved every book. Team work, buckets, and biscuits.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509381934566516720"
          ],
          "editableUntil": "2022-11-13T05:42:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "36",
      "id_str": "1509381934566516720",
      "truncated": false,
      "retweet_count": "2",
      "id": "1509381934566516720",
      "created_at": "Sun Nov 13 04:42:00 +0000 2022",
      "favorited": false,
      "full_text": "Hosted a picnic by the river for the reading group. We read a chapter aloud and ate too many sandwiches.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509339566124974719"
          ],
          "editableUntil": "2022-11-12T06:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/CloiADN5Rp",
            "expanded_url": "https://hedgehogs.example/garden-guide",
            "display_url": "hedgehogs.example/garden-…",
            "indices": [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "7",
      "id_str": "1509339566124974719",
      "truncated": false,
      "retweet_count": "6",
      "id": "1509339566124974719",
      "created_at": "Sat Nov 12 05:25:00 +0000 2022",
      "favorited": false,
      "full_text": "This guide to hedgehog friendly gardens is lovely and very practical https://t.co/CloiADN5Rp",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509262769624565267"
          ],
          "editableUntil": "2022-11-09T18:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "31",
      "id_str": "1509262769624565267",
      "truncated": false,
      "retweet_count": "5",
      "id": "1509262769624565267",
      "created_at": "Wed Nov 09 17:36:00 +0000 2022",
      "favorited": false,
      "full_text": "The clocks went back and my body has not been told. Wide awake at six with nothing to do but bake.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509232451816670744"
          ],
          "editableUntil": "2022-11-09T07:10:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "16",
      "id_str": "1509232451816670744",
      "truncated": false,
      "retweet_count": "4",
      "id": "1509232451816670744",
      "created_at": "Wed Nov 09 06:10:00 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit has learned to open the cupboard with the treats. We are renegotiating our arrangement.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509171416848608088"
          ],
          "editableUntil": "2022-11-08T20:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "20",
      "id_str": "1509171416848608088",
      "truncated": false,
      "retweet_count": "1",
      "id": "1509171416848608088",
      "created_at": "Tue Nov 08 19:06:00 +0000 2022",
      "favorited": false,
      "full_text": "Watched the sun come up over the allotment. The spider webs were covered in dew, like lace.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509102624939364468"
          ],
          "editableUntil": "2022-11-07T03:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "4",
      "id_str": "1509102624939364468",
      "truncated": false,
      "retweet_count": "5",
      "id": "1509102624939364468",
      "created_at": "Mon Nov 07 02:32:00 +0000 2022",
      "favorited": false,
      "full_text": "New library display: books with a cat on the cover. Biscuit has been consulted.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1509079116077114096"
          ],
          "editableUntil": "2022-11-06T07:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bakerbeth",
            "screen_name": "bakerbeth",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2936",
            "id": "2936"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "78"
      ],
      "favorite_count": "12",
      "id_str": "1509079116077114096",
      "truncated": false,
      "retweet_count": "3",
      "id": "1509079116077114096",
      "created_at": "Sun Nov 06 06:06:00 +0000 2022",
      "favorited": false,
      "full_text": "@bakerbeth Gerald sends his regards to your starter. They should meet one day.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400882518549250355",
      "in_reply_to_status_id": "1400882518549250355",
      "in_reply_to_user_id_str": "2936",
      "in_reply_to_user_id": "2936",
      "in_reply_to_screen_name": "bakerbeth"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508994274955763922"
          ],
          "editableUntil": "2022-11-05T20:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "20",
      "id_str": "1508994274955763922",
      "truncated": false,
      "retweet_count": "3",
      "id": "1508994274955763922",
      "created_at": "Sat Nov 05 19:34:00 +0000 2022",
      "favorited": false,
      "full_text": "Read a whole short story in Japanese this month. Slowly, with a dictionary, and with great joy.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508907813046614138"
          ],
          "editableUntil": "2022-11-05T00:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "amy_reads",
            "screen_name": "amy_reads",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2949",
            "id": "2949"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "19"
      ],
      "favorite_count": "19",
      "id_str": "1508907813046614138",
      "truncated": false,
      "retweet_count": "6",
      "id": "1508907813046614138",
      "created_at": "Fri Nov 04 23:14:00 +0000 2022",
      "favorited": false,
      "full_text": "@amy_reads haha yes",
      "lang": "en",
      "in_reply_to_status_id_str": "1400555604763918295",
      "in_reply_to_status_id": "1400555604763918295",
      "in_reply_to_user_id_str": "2949",
      "in_reply_to_user_id": "2949",
      "in_reply_to_screen_name": "amy_reads"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508881066880016236"
          ],
          "editableUntil": "2022-11-04T18:23:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "16",
      "id_str": "1508881066880016236",
      "truncated": false,
      "retweet_count": "3",
      "id": "1508881066880016236",
      "created_at": "Fri Nov 04 17:23:00 +0000 2022",
      "favorited": false,
      "full_text": "Spent the afternoon repotting herbs. My hands smell like mint and I am fine with that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508814517274783274"
          ],
          "editableUntil": "2022-11-02T11:59:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "sam_on_wheels",
            "screen_name": "sam_on_wheels",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3380",
            "id": "3380"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "71"
      ],
      "favorite_count": "14",
      "id_str": "1508814517274783274",
      "truncated": false,
      "retweet_count": "0",
      "id": "1508814517274783274",
      "created_at": "Wed Nov 02 10:59:00 +0000 2022",
      "favorited": false,
      "full_text": "@sam_on_wheels Happy to lend you my pump. It lives by the library door.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400004244705036984",
      "in_reply_to_status_id": "1400004244705036984",
      "in_reply_to_user_id_str": "3380",
      "in_reply_to_user_id": "3380",
      "in_reply_to_screen_name": "sam_on_wheels"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508724290163899906"
          ],
          "editableUntil": "2022-11-02T02:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "20",
      "id_str": "1508724290163899906",
      "truncated": false,
      "retweet_count": "2",
      "id": "1508724290163899906",
      "created_at": "Wed Nov 02 01:58:00 +0000 2022",
      "favorited": false,
      "full_text": "Started a seed library at work. People can borrow seeds and bring back new ones. It is going well.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508686396207628690"
          ],
          "editableUntil": "2022-10-30T22:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "librarylou",
            "screen_name": "librarylou",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "3093",
            "id": "3093"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "77"
      ],
      "favorite_count": "21",
      "id_str": "1508686396207628690",
      "truncated": false,
      "retweet_count": "4",
      "id": "1508686396207628690",
      "created_at": "Sun Oct 30 21:13:00 +0000 2022",
      "favorited": false,
      "full_text": "@librarylou Put the cat books at eye level for the little ones. They go fast.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400289373687872711",
      "in_reply_to_status_id": "1400289373687872711",
      "in_reply_to_user_id_str": "3093",
      "in_reply_to_user_id": "3093",
      "in_reply_to_screen_name": "librarylou"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508637676519867965"
          ],
          "editableUntil": "2022-10-29T17:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "29",
      "id_str": "1508637676519867965",
      "truncated": false,
      "retweet_count": "0",
      "id": "1508637676519867965",
      "created_at": "Sat Oct 29 16:56:00 +0000 2022",
      "favorited": false,
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508630953884944543"
          ],
          "editableUntil": "2022-10-28T12:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bakerbeth",
            "screen_name": "bakerbeth",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2936",
            "id": "2936"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "85"
      ],
      "favorite_count": "15",
      "id_str": "1508630953884944543",
      "truncated": false,
      "retweet_count": "6",
      "id": "1508630953884944543",
      "created_at": "Fri Oct 28 11:54:00 +0000 2022",
      "favorited": false,
      "full_text": "@bakerbeth Your tip about the steam tray changed my crust forever. Thank you so much.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400410106340860956",
      "in_reply_to_status_id": "1400410106340860956",
      "in_reply_to_user_id_str": "2936",
      "in_reply_to_user_id": "2936",
      "in_reply_to_screen_name": "bakerbeth"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508625691239277415"
          ],
          "editableUntil": "2022-10-26T15:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "28",
      "id_str": "1508625691239277415",
      "truncated": false,
      "retweet_count": "1",
      "id": "1508625691239277415",
      "created_at": "Wed Oct 26 14:28:00 +0000 2022",
      "favorited": false,
      "full_text": "Hot day, cold library. The air conditioning has made the library the most popular place in town.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508597145580495535"
          ],
          "editableUntil": "2022-10-25T10:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "27",
      "id_str": "1508597145580495535",
      "truncated": false,
      "retweet_count": "0",
      "id": "1508597145580495535",
      "created_at": "Tue Oct 25 09:54:00 +0000 2022",
      "favorited": false,
      "full_text": "Walked through a bamboo grove this morning. The sound of it is something I will keep forever.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508552698457664664"
          ],
          "editableUntil": "2022-10-23T01:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "13",
      "id_str": "1508552698457664664",
      "truncated": false,
      "retweet_count": "3",
      "id": "1508552698457664664",
      "created_at": "Sun Oct 23 00:03:00 +0000 2022",
      "favorited": false,
      "full_text": "The allotment tomatoes finally turned red. I may have eaten three straight off the vine.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508492563838394655"
          ],
          "editableUntil": "2022-10-22T12:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kyoto_kitchen",
            "screen_name": "kyoto_kitchen",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3403",
            "id": "3403"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "91"
      ],
      "favorite_count": "17",
      "id_str": "1508492563838394655",
      "truncated": false,
      "retweet_count": "0",
      "id": "1508492563838394655",
      "created_at": "Sat Oct 22 11:28:00 +0000 2022",
      "favorited": false,
      "full_text": "@kyoto_kitchen I am still dreaming about that bakery near the river. Thank you for the tip.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400498136026587234",
      "in_reply_to_status_id": "1400498136026587234",
      "in_reply_to_user_id_str": "3403",
      "in_reply_to_user_id": "3403",
      "in_reply_to_screen_name": "kyoto_kitchen"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508476230078177704"
          ],
          "editableUntil": "2022-10-22T07:23:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "24",
      "id_str": "1508476230078177704",
      "truncated": false,
      "retweet_count": "6",
      "id": "1508476230078177704",
      "created_at": "Sat Oct 22 06:23:00 +0000 2022",
      "favorited": false,
      "full_text": "Library book sale this weekend! Come for the bargains, stay for my lemon drizzle.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508470739828958685"
          ],
          "editableUntil": "2022-10-21T06:41:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1508423405010377937/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/AdTdlzC5T4",
            "media_url_https": "https://pbs.twimg.com/media/1508423405010377937.jpg",
            "id_str": "1508423405010377937",
            "id": "1508423405010377937",
            "type": "photo",
            "display_url": "pic.twitter.com/AdTdlzC5T4"
          }
        ]
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "33",
      "id_str": "1508470739828958685",
      "truncated": false,
      "retweet_count": "5",
      "id": "1508470739828958685",
      "created_at": "Fri Oct 21 05:41:00 +0000 2022",
      "favorited": false,
      "full_text": "https://t.co/AdTdlzC5T4",
      "lang": "zxx",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1508423405010377937/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/AdTdlzC5T4",
            "media_url_https": "https://pbs.twimg.com/media/1508423405010377937.jpg",
            "id_str": "1508423405010377937",
            "id": "1508423405010377937",
            "type": "photo",
            "display_url": "pic.twitter.com/AdTdlzC5T4"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508423405010377930"
          ],
          "editableUntil": "2022-10-20T13:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "38",
      "id_str": "1508423405010377930",
      "truncated": false,
      "retweet_count": "1",
      "id": "1508423405010377930",
      "created_at": "Thu Oct 20 12:30:00 +0000 2022",
      "favorited": false,
      "full_text": "The plums are ripe on the tree by the canal. Everybody is politely picking a few on the way past.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508414753983725998"
          ],
          "editableUntil": "2022-10-19T19:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "3",
      "id_str": "1508414753983725998",
      "truncated": false,
      "retweet_count": "4",
      "id": "1508414753983725998",
      "created_at": "Wed Oct 19 18:29:00 +0000 2022",
      "favorited": false,
      "full_text": "The town clock is running ten minutes fast. Nobody is fixing it and everybody is early. I like it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508382323857685277"
          ],
          "editableUntil": "2022-10-18T07:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "39",
      "id_str": "1508382323857685277",
      "truncated": false,
      "retweet_count": "1",
      "id": "1508382323857685277",
      "created_at": "Tue Oct 18 06:03:00 +0000 2022",
      "favorited": false,
      "full_text": "Made elderflower cordial with flowers from the hedge. Tastes like a summer afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508365985262744309"
          ],
          "editableUntil": "2022-10-16T10:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "14",
      "id_str": "1508365985262744309",
      "truncated": false,
      "retweet_count": "2",
      "id": "1508365985262744309",
      "created_at": "Sun Oct 16 09:32:00 +0000 2022",
      "favorited": false,
      "full_text": "Watched an old film with a pot of tea and felt like the luckiest person on the street.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508337691518653039"
          ],
          "editableUntil": "2022-10-15T15:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "31",
      "id_str": "1508337691518653039",
      "truncated": false,
      "retweet_count": "1",
      "id": "1508337691518653039",
      "created_at": "Sat Oct 15 14:03:00 +0000 2022",
      "favorited": false,
      "full_text": "Made focaccia with rosemary from the garden. The whole street smells like an Italian bakery now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508265636244784900"
          ],
          "editableUntil": "2022-10-15T05:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "18",
      "id_str": "1508265636244784900",
      "truncated": false,
      "retweet_count": "5",
      "id": "1508265636244784900",
      "created_at": "Sat Oct 15 04:50:00 +0000 2022",
      "favorited": false,
      "full_text": "Cinnamon buns are proof that good things take time and a lot of butter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508208854572910170"
          ],
          "editableUntil": "2022-10-14T12:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "26",
      "id_str": "1508208854572910170",
      "truncated": false,
      "retweet_count": "2",
      "id": "1508208854572910170",
      "created_at": "Fri Oct 14 11:50:00 +0000 2022",
      "favorited": false,
      "full_text": "Library closed for the holiday, so I am reorganising my own shelves instead. I cannot stop.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508203054977264516"
          ],
          "editableUntil": "2022-10-12T11:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "23",
      "id_str": "1508203054977264516",
      "truncated": false,
      "retweet_count": "1",
      "id": "1508203054977264516",
      "created_at": "Wed Oct 12 10:29:00 +0000 2022",
      "favorited": false,
      "full_text": "Raked leaves at the allotment and found the trowel I lost in April. Reunited at last.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508169991941493238"
          ],
          "editableUntil": "2022-10-10T12:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "26",
      "id_str": "1508169991941493238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1508169991941493238",
      "created_at": "Mon Oct 10 11:02:00 +0000 2022",
      "favorited": false,
      "full_text": "Winter soup rotation: leek and potato, lentil, and whatever is left in the fridge.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508141675855914580"
          ],
          "editableUntil": "2022-10-08T23:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "19",
      "id_str": "1508141675855914580",
      "truncated": false,
      "retweet_count": "0",
      "id": "1508141675855914580",
      "created_at": "Sat Oct 08 22:06:00 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit has taken up a new hobby: sitting exactly where I am about to put my foot.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508136555921170026"
          ],
          "editableUntil": "2022-10-07T15:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "15",
      "id_str": "1508136555921170026",
      "truncated": false,
      "retweet_count": "4",
      "id": "1508136555921170026",
      "created_at": "Fri Oct 07 14:21:00 +0000 2022",
      "favorited": false,
      "full_text": "Back to school week means the library is suddenly full of parents looking for very specific books.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508101445790091934"
          ],
          "editableUntil": "2022-10-06T03:48:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "17",
      "id_str": "1508101445790091934",
      "truncated": false,
      "retweet_count": "2",
      "id": "1508101445790091934",
      "created_at": "Thu Oct 06 02:48:00 +0000 2022",
      "favorited": false,
      "full_text": "Gerald survived my trip thanks to the neighbours. He looks well fed and slightly smug.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1508024802781142387"
          ],
          "editableUntil": "2022-10-05T03:19:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "38",
      "id_str": "1508024802781142387",
      "truncated": false,
      "retweet_count": "0",
      "id": "1508024802781142387",
      "created_at": "Wed Oct 05 02:19:00 +0000 2022",
      "favorited": false,
      "full_text": "Landed in Kyoto. Tired, happy, and slightly lost already.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507969187153653642"
          ],
          "editableUntil": "2022-10-04T06:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "33",
      "id_str": "1507969187153653642",
      "truncated": false,
      "retweet_count": "4",
      "id": "1507969187153653642",
      "created_at": "Tue Oct 04 05:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Stood in the rain at the bus stop and a stranger shared her umbrella. We talked about gardens the whole way.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507954193668597045"
          ],
          "editableUntil": "2022-10-03T20:46:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "riverwatch",
            "screen_name": "riverwatch",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "3087",
            "id": "3087"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "79"
      ],
      "favorite_count": "40",
      "id_str": "1507954193668597045",
      "truncated": false,
      "retweet_count": "3",
      "id": "1507954193668597045",
      "created_at": "Mon Oct 03 19:46:00 +0000 2022",
      "favorited": false,
      "full_text": "@riverwatch The heron was back at the weir today. Same spot, same serious face.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400042326558761580",
      "in_reply_to_status_id": "1400042326558761580",
      "in_reply_to_user_id_str": "3087",
      "in_reply_to_user_id": "3087",
      "in_reply_to_screen_name": "riverwatch"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507865026030331332"
          ],
          "editableUntil": "2022-10-02T23:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "14",
      "id_str": "1507865026030331332",
      "truncated": false,
      "retweet_count": "4",
      "id": "1507865026030331332",
      "created_at": "Sun Oct 02 22:13:00 +0000 2022",
      "favorited": false,
      "full_text": "A child at story time asked if dragons need library cards. I said yes, and fireproof ones.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507863836881920393"
          ],
          "editableUntil": "2022-09-30T16:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "29",
      "id_str": "1507863836881920393",
      "truncated": false,
      "retweet_count": "0",
      "id": "1507863836881920393",
      "created_at": "Fri Sep 30 15:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Reorganised the cookbook shelf by colour. It is not practical. It is beautiful.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507766840188629702"
          ],
          "editableUntil": "2022-09-30T04:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "9",
      "id_str": "1507766840188629702",
      "truncated": false,
      "retweet_count": "4",
      "id": "1507766840188629702",
      "created_at": "Fri Sep 30 03:13:00 +0000 2022",
      "favorited": false,
      "full_text": "Reading by the fire with a slice of fruit loaf. Winter has its rewards.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507750490907061347"
          ],
          "editableUntil": "2022-09-29T09:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "28",
      "id_str": "1507750490907061347",
      "truncated": false,
      "retweet_count": "1",
      "id": "1507750490907061347",
      "created_at": "Thu Sep 29 08:04:00 +0000 2022",
      "favorited": false,
      "full_text": "July bread: cheese and onion rolls for the allotment summer party. Gone in ten minutes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507675201606831081"
          ],
          "editableUntil": "2022-09-26T21:35:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1507675201606831081",
      "truncated": false,
      "retweet_count": "0",
      "id": "1507675201606831081",
      "created_at": "Mon Sep 26 20:35:00 +0000 2022",
      "favorited": false,
      "full_text": "Kyoto countdown: I can now order tea and ask where the station is. Priorities.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507607591799780414"
          ],
          "editableUntil": "2022-09-25T03:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "27",
      "id_str": "1507607591799780414",
      "truncated": false,
      "retweet_count": "5",
      "id": "1507607591799780414",
      "created_at": "Sun Sep 25 02:04:00 +0000 2022",
      "favorited": false,
      "full_text": "That is all! Gerald says hello and good luck with your bread.",
      "lang": "en",
      "in_reply_to_status_id_str": "1507603521035429249",
      "in_reply_to_status_id": "1507603521035429249",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507603521035429249"
          ],
          "editableUntil": "2022-09-24T14:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "19",
      "id_str": "1507603521035429249",
      "truncated": false,
      "retweet_count": "6",
      "id": "1507603521035429249",
      "created_at": "Sat Sep 24 13:02:00 +0000 2022",
      "favorited": false,
      "full_text": "Three: if it smells like nail polish, it is just hungry. Feed it and say sorry.",
      "lang": "en",
      "in_reply_to_status_id_str": "1507511633515534781",
      "in_reply_to_status_id": "1507511633515534781",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507511633515534781"
          ],
          "editableUntil": "2022-09-23T04:35:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "15",
      "id_str": "1507511633515534781",
      "truncated": false,
      "retweet_count": "3",
      "id": "1507511633515534781",
      "created_at": "Fri Sep 23 03:35:00 +0000 2022",
      "favorited": false,
      "full_text": "Two: feed it the night before you bake. It wakes up hungry and ready by morning.",
      "lang": "en",
      "in_reply_to_status_id_str": "1507497601657204063",
      "in_reply_to_status_id": "1507497601657204063",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507497601657204063"
          ],
          "editableUntil": "2022-09-22T05:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "32",
      "id_str": "1507497601657204063",
      "truncated": false,
      "retweet_count": "4",
      "id": "1507497601657204063",
      "created_at": "Thu Sep 22 04:38:00 +0000 2022",
      "favorited": false,
      "full_text": "One: keep it in the fridge on weekdays. Cold slows it down, and Gerald does not mind.",
      "lang": "en",
      "in_reply_to_status_id_str": "1507415777770704306",
      "in_reply_to_status_id": "1507415777770704306",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507415777770704306"
          ],
          "editableUntil": "2022-09-21T01:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "3",
      "id_str": "1507415777770704306",
      "truncated": false,
      "retweet_count": "3",
      "id": "1507415777770704306",
      "created_at": "Wed Sep 21 00:30:00 +0000 2022",
      "favorited": false,
      "full_text": "A short thread on how I keep a sourdough starter alive with a busy week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507376744216671872"
          ],
          "editableUntil": "2022-09-19T22:42:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1507321866374027140/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/pxqZKm4bV3",
            "media_url_https": "https://pbs.twimg.com/media/1507321866374027140.jpg",
            "id_str": "1507321866374027140",
            "id": "1507321866374027140",
            "type": "photo",
            "display_url": "pic.twitter.com/pxqZKm4bV3"
          }
        ]
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "33",
      "id_str": "1507376744216671872",
      "truncated": false,
      "retweet_count": "1",
      "id": "1507376744216671872",
      "created_at": "Mon Sep 19 21:42:00 +0000 2022",
      "favorited": false,
      "full_text": "https://t.co/pxqZKm4bV3",
      "lang": "zxx",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/wrenbakes/status/1507321866374027140/photo/1",
            "indices": [
              "0",
              "23"
            ],
            "url": "https://t.co/pxqZKm4bV3",
            "media_url_https": "https://pbs.twimg.com/media/1507321866374027140.jpg",
            "id_str": "1507321866374027140",
            "id": "1507321866374027140",
            "type": "photo",
            "display_url": "pic.twitter.com/pxqZKm4bV3"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507321866374027133"
          ],
          "editableUntil": "2022-09-18T14:55:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/C6vWCBiJmp",
            "expanded_url": "https://wren.example/recipes/milk-bread",
            "display_url": "wren.example/recipes/milk…",
            "indices": [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "5",
      "id_str": "1507321866374027133",
      "truncated": false,
      "retweet_count": "2",
      "id": "1507321866374027133",
      "created_at": "Sun Sep 18 13:55:00 +0000 2022",
      "favorited": false,
      "full_text": "My milk bread recipe, written down at last for everyone who asked https://t.co/C6vWCBiJmp",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507296281591608986"
          ],
          "editableUntil": "2022-09-17T12:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "35",
      "id_str": "1507296281591608986",
      "truncated": false,
      "retweet_count": "1",
      "id": "1507296281591608986",
      "created_at": "Sat Sep 17 11:20:00 +0000 2022",
      "favorited": false,
      "full_text": "Made gingerbread with the reading group. We argued about books and icing, equally passionately.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507224830350247013"
          ],
          "editableUntil": "2022-09-15T03:49:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "9"
      ],
      "favorite_count": "10",
      "id_str": "1507224830350247013",
      "truncated": false,
      "retweet_count": "0",
      "id": "1507224830350247013",
      "created_at": "Thu Sep 15 02:49:00 +0000 2022",
      "favorited": false,
      "full_text": "night all",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507206979499748092"
          ],
          "editableUntil": "2022-09-14T12:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "9"
      ],
      "favorite_count": "35",
      "id_str": "1507206979499748092",
      "truncated": false,
      "retweet_count": "5",
      "id": "1507206979499748092",
      "created_at": "Wed Sep 14 11:08:00 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507172390038014879"
          ],
          "editableUntil": "2022-09-13T11:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "16",
      "id_str": "1507172390038014879",
      "truncated": false,
      "retweet_count": "3",
      "id": "1507172390038014879",
      "created_at": "Tue Sep 13 10:38:00 +0000 2022",
      "favorited": false,
      "full_text": "Fixed my own puncture at the roadside. A passing cyclist gave me a thumbs up and I have never felt cooler.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507131737423917498"
          ],
          "editableUntil": "2022-09-12T11:22:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "30",
      "id_str": "1507131737423917498",
      "truncated": false,
      "retweet_count": "3",
      "id": "1507131737423917498",
      "created_at": "Mon Sep 12 10:22:00 +0000 2022",
      "favorited": false,
      "full_text": "Cycled under a sky full of geese flying south. Stopped to watch until they were out of sight.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507053316657929984"
          ],
          "editableUntil": "2022-09-11T22:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "20"
      ],
      "favorite_count": "18",
      "id_str": "1507053316657929984",
      "truncated": false,
      "retweet_count": "3",
      "id": "1507053316657929984",
      "created_at": "Sun Sep 11 21:12:00 +0000 2022",
      "favorited": false,
      "full_text": "猫のビスケットは今日もずっと寝ています。",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507032814273721659"
          ],
          "editableUntil": "2022-09-09T23:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "28",
      "id_str": "1507032814273721659",
      "truncated": false,
      "retweet_count": "4",
      "id": "1507032814273721659",
      "created_at": "Fri Sep 09 22:17:00 +0000 2022",
      "favorited": false,
      "full_text": "The bus driver waved at Biscuit in the window. Biscuit did not wave back. Biscuit is rude.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1507024851785659696"
          ],
          "editableUntil": "2022-09-07T19:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "13",
      "id_str": "1507024851785659696",
      "truncated": false,
      "retweet_count": "5",
      "id": "1507024851785659696",
      "created_at": "Wed Sep 07 18:51:00 +0000 2022",
      "favorited": false,
      "full_text": "Talk to your neighbours over the fence. Half of gardening is the advice you get for free.",
      "lang": "en",
      "in_reply_to_status_id_str": "1506967550644666889",
      "in_reply_to_status_id": "1506967550644666889",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506967550644666889"
          ],
          "editableUntil": "2022-09-06T03:16:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "27",
      "id_str": "1506967550644666889",
      "truncated": false,
      "retweet_count": "0",
      "id": "1506967550644666889",
      "created_at": "Tue Sep 06 02:16:00 +0000 2022",
      "favorited": false,
      "full_text": "Plant fewer courgettes than you think. No, fewer than that.",
      "lang": "en",
      "in_reply_to_status_id_str": "1506939834592588175",
      "in_reply_to_status_id": "1506939834592588175",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506939834592588175"
          ],
          "editableUntil": "2022-09-03T20:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "27",
      "id_str": "1506939834592588175",
      "truncated": false,
      "retweet_count": "4",
      "id": "1506939834592588175",
      "created_at": "Sat Sep 03 19:53:00 +0000 2022",
      "favorited": false,
      "full_text": "The allotment year in three lessons, a thread for my fellow gardeners.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506917875428823020"
          ],
          "editableUntil": "2022-09-03T00:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "sam_on_wheels",
            "screen_name": "sam_on_wheels",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "18",
      "id_str": "1506917875428823020",
      "truncated": false,
      "retweet_count": "5",
      "id": "1506917875428823020",
      "created_at": "Fri Sep 02 23:36:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @sam_on_wheels: Cycling club ride on Sunday, easy pace, tea stop guaranteed. Meet at the library at nine and br…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506877382997226387"
          ],
          "editableUntil": "2022-09-02T13:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "27",
      "id_str": "1506877382997226387",
      "truncated": false,
      "retweet_count": "6",
      "id": "1506877382997226387",
      "created_at": "Fri Sep 02 12:33:00 +0000 2022",
      "favorited": false,
      "full_text": "The leaves on the cycle path are gold today. It is like riding through a bowl of cornflakes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506865630163590020"
          ],
          "editableUntil": "2022-09-01T08:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "25",
      "id_str": "1506865630163590020",
      "truncated": false,
      "retweet_count": "3",
      "id": "1506865630163590020",
      "created_at": "Thu Sep 01 07:34:00 +0000 2022",
      "favorited": false,
      "full_text": "Planted the mystery seeds. If it is a giant pumpkin, I am ready.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506828993575112023"
          ],
          "editableUntil": "2022-08-31T04:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1506828993575112023",
      "truncated": false,
      "retweet_count": "5",
      "id": "1506828993575112023",
      "created_at": "Wed Aug 31 03:30:00 +0000 2022",
      "favorited": false,
      "full_text": "Somebody donated forty knitting magazines from the eighties to the library. The patterns are wonderful and slightly alarming.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506811099758225069"
          ],
          "editableUntil": "2022-08-30T10:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kyoto_kitchen",
            "screen_name": "kyoto_kitchen",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3403",
            "id": "3403"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "81"
      ],
      "favorite_count": "21",
      "id_str": "1506811099758225069",
      "truncated": false,
      "retweet_count": "6",
      "id": "1506811099758225069",
      "created_at": "Tue Aug 30 09:45:00 +0000 2022",
      "favorited": false,
      "full_text": "@kyoto_kitchen Your milk bread recipe worked perfectly. My whole family loved it.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400946014310885957",
      "in_reply_to_status_id": "1400946014310885957",
      "in_reply_to_user_id_str": "3403",
      "in_reply_to_user_id": "3403",
      "in_reply_to_screen_name": "kyoto_kitchen"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506809853522061890"
          ],
          "editableUntil": "2022-08-29T08:57:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "24",
      "id_str": "1506809853522061890",
      "truncated": false,
      "retweet_count": "2",
      "id": "1506809853522061890",
      "created_at": "Mon Aug 29 07:57:00 +0000 2022",
      "favorited": false,
      "full_text": "The hedgehog came back! I have named him Professor.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506789050599601097"
          ],
          "editableUntil": "2022-08-28T01:35:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "25",
      "id_str": "1506789050599601097",
      "truncated": false,
      "retweet_count": "2",
      "id": "1506789050599601097",
      "created_at": "Sun Aug 28 00:35:00 +0000 2022",
      "favorited": false,
      "full_text": "June bread: a simple country loaf, because sometimes the classics are the point.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506718850301449956"
          ],
          "editableUntil": "2022-08-26T01:07:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "10",
      "id_str": "1506718850301449956",
      "truncated": false,
      "retweet_count": "0",
      "id": "1506718850301449956",
      "created_at": "Fri Aug 26 00:07:00 +0000 2022",
      "favorited": false,
      "full_text": "Baking tip: let the dough tell you when it is ready, not the clock. It took me years to believe this.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506649432004376854"
          ],
          "editableUntil": "2022-08-24T19:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tom_grows_things",
            "screen_name": "tom_grows_things",
            "indices": [
              "0",
              "17"
            ],
            "id_str": "3741",
            "id": "3741"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "18",
        "75"
      ],
      "favorite_count": "23",
      "id_str": "1506649432004376854",
      "truncated": false,
      "retweet_count": "1",
      "id": "1506649432004376854",
      "created_at": "Wed Aug 24 18:06:00 +0000 2022",
      "favorited": false,
      "full_text": "@tom_grows_things I will trade you two marrows for one of your famous pies.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400711198567415295",
      "in_reply_to_status_id": "1400711198567415295",
      "in_reply_to_user_id_str": "3741",
      "in_reply_to_user_id": "3741",
      "in_reply_to_screen_name": "tom_grows_things"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506609087918905129"
          ],
          "editableUntil": "2022-08-24T06:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "8",
      "id_str": "1506609087918905129",
      "truncated": false,
      "retweet_count": "4",
      "id": "1506609087918905129",
      "created_at": "Wed Aug 24 05:21:00 +0000 2022",
      "favorited": false,
      "full_text": "The courgettes have entered their unstoppable phase. Please send recipes, or neighbours who like courgettes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506534331530069518"
          ],
          "editableUntil": "2022-08-23T08:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "5",
      "id_str": "1506534331530069518",
      "truncated": false,
      "retweet_count": "1",
      "id": "1506534331530069518",
      "created_at": "Tue Aug 23 07:58:00 +0000 2022",
      "favorited": false,
      "full_text": "Walked to the market with an empty basket and came home with plums, cheese, and a small fern. Classic.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506503675079236009"
          ],
          "editableUntil": "2022-08-22T23:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bakerbeth",
            "screen_name": "bakerbeth",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "24",
      "id_str": "1506503675079236009",
      "truncated": false,
      "retweet_count": "1",
      "id": "1506503675079236009",
      "created_at": "Mon Aug 22 22:21:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @bakerbeth: The secret to a good crumb is patience and a warm kitchen. Also, do not open the oven every five min…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506431375100688646"
          ],
          "editableUntil": "2022-08-21T14:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "29",
      "id_str": "1506431375100688646",
      "truncated": false,
      "retweet_count": "0",
      "id": "1506431375100688646",
      "created_at": "Sun Aug 21 13:04:00 +0000 2022",
      "favorited": false,
      "full_text": "Learning Japanese verbs on the bus. The lady next to me helped with a pronunciation. Kind people everywhere.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506363811971320760"
          ],
          "editableUntil": "2022-08-21T07:46:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "librarylou",
            "screen_name": "librarylou",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "19",
      "id_str": "1506363811971320760",
      "truncated": false,
      "retweet_count": "0",
      "id": "1506363811971320760",
      "created_at": "Sun Aug 21 06:46:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @librarylou: New at the library: a seed library! Borrow seeds, grow them, bring some back. Thanks to our amaz…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506346131318341338"
          ],
          "editableUntil": "2022-08-19T15:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "29",
      "id_str": "1506346131318341338",
      "truncated": false,
      "retweet_count": "3",
      "id": "1506346131318341338",
      "created_at": "Fri Aug 19 14:34:00 +0000 2022",
      "favorited": false,
      "full_text": "March bread: a seeded rye that could hold up a bookshelf. In a good way.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506272435952279102"
          ],
          "editableUntil": "2022-08-18T16:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "31",
      "id_str": "1506272435952279102",
      "truncated": false,
      "retweet_count": "2",
      "id": "1506272435952279102",
      "created_at": "Thu Aug 18 15:05:00 +0000 2022",
      "favorited": false,
      "full_text": "There was a rainbow over the library this afternoon and everybody came outside to see it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506257427177702041"
          ],
          "editableUntil": "2022-08-16T14:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "22"
      ],
      "favorite_count": "3",
      "id_str": "1506257427177702041",
      "truncated": false,
      "retweet_count": "3",
      "id": "1506257427177702041",
      "created_at": "Tue Aug 16 13:52:00 +0000 2022",
      "favorited": false,
      "full_text": "京都の朝はとても静かで、鳥の声がきれいです。",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506237647142166001"
          ],
          "editableUntil": "2022-08-16T09:22:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "19",
      "id_str": "1506237647142166001",
      "truncated": false,
      "retweet_count": "4",
      "id": "1506237647142166001",
      "created_at": "Tue Aug 16 08:22:00 +0000 2022",
      "favorited": false,
      "full_text": "August bread: fig and walnut. Fancy enough for guests, simple enough for a Tuesday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506215899874411793"
          ],
          "editableUntil": "2022-08-15T07:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "12",
      "id_str": "1506215899874411793",
      "truncated": false,
      "retweet_count": "0",
      "id": "1506215899874411793",
      "created_at": "Mon Aug 15 06:06:00 +0000 2022",
      "favorited": false,
      "full_text": "Early shift at the library means the building is mine for an hour. Books and silence, bliss.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506128068319809620"
          ],
          "editableUntil": "2022-08-13T09:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "18",
      "id_str": "1506128068319809620",
      "truncated": false,
      "retweet_count": "6",
      "id": "1506128068319809620",
      "created_at": "Sat Aug 13 08:25:00 +0000 2022",
      "favorited": false,
      "full_text": "I love how the library sounds on a rainy afternoon: pages, umbrellas, whispers.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506073227273225179"
          ],
          "editableUntil": "2022-08-12T23:55:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "29",
      "id_str": "1506073227273225179",
      "truncated": false,
      "retweet_count": "3",
      "id": "1506073227273225179",
      "created_at": "Fri Aug 12 22:55:00 +0000 2022",
      "favorited": false,
      "full_text": "I cannot tell if Biscuit is a cat or a very small landlord.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506039756439064836"
          ],
          "editableUntil": "2022-08-10T19:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "16",
      "id_str": "1506039756439064836",
      "truncated": false,
      "retweet_count": "1",
      "id": "1506039756439064836",
      "created_at": "Wed Aug 10 18:14:00 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit fell asleep in the bread basket. I am using the other basket. He wins this round.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1506003265089091550"
          ],
          "editableUntil": "2022-08-08T11:10:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "33",
      "id_str": "1506003265089091550",
      "truncated": false,
      "retweet_count": "0",
      "id": "1506003265089091550",
      "created_at": "Mon Aug 08 10:10:00 +0000 2022",
      "favorited": false,
      "full_text": "The reading group finished the 700 page novel. We threw a small party. There was bread.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505931475728009197"
          ],
          "editableUntil": "2022-08-06T20:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "16",
      "id_str": "1505931475728009197",
      "truncated": false,
      "retweet_count": "0",
      "id": "1505931475728009197",
      "created_at": "Sat Aug 06 19:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Bonfire night from the bridge. The fireworks reflected in the river looked like a second sky.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505834678494905324"
          ],
          "editableUntil": "2022-08-05T23:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "1",
      "id_str": "1505834678494905324",
      "truncated": false,
      "retweet_count": "5",
      "id": "1505834678494905324",
      "created_at": "Fri Aug 05 22:34:00 +0000 2022",
      "favorited": false,
      "full_text": "Kyoto day one: temples, a very small coffee, and a cat that looked exactly like Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505755074359732341"
          ],
          "editableUntil": "2022-08-05T14:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "23",
      "id_str": "1505755074359732341",
      "truncated": false,
      "retweet_count": "0",
      "id": "1505755074359732341",
      "created_at": "Fri Aug 05 13:54:00 +0000 2022",
      "favorited": false,
      "full_text": "There is a lady on my street who waves at everyone from her window. I wave back every day. It matters.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505748185825736062"
          ],
          "editableUntil": "2022-08-05T01:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "14",
      "id_str": "1505748185825736062",
      "truncated": false,
      "retweet_count": "0",
      "id": "1505748185825736062",
      "created_at": "Fri Aug 05 00:14:00 +0000 2022",
      "favorited": false,
      "full_text": "The bridge lights are up for winter. The river looks like it is wearing jewellery.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505664985793251541"
          ],
          "editableUntil": "2022-08-02T16:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "36",
      "id_str": "1505664985793251541",
      "truncated": false,
      "retweet_count": "6",
      "id": "1505664985793251541",
      "created_at": "Tue Aug 02 15:17:00 +0000 2022",
      "favorited": false,
      "full_text": "A year of new breads and I have only set off the smoke alarm twice. Progress.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505590271656579892"
          ],
          "editableUntil": "2022-07-31T10:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tom_grows_things",
            "screen_name": "tom_grows_things",
            "indices": [
              "0",
              "17"
            ],
            "id_str": "3741",
            "id": "3741"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "18",
        "89"
      ],
      "favorite_count": "32",
      "id_str": "1505590271656579892",
      "truncated": false,
      "retweet_count": "1",
      "id": "1505590271656579892",
      "created_at": "Sun Jul 31 09:45:00 +0000 2022",
      "favorited": false,
      "full_text": "@tom_grows_things Thank you for the tomato seedlings, they are already taller than yours!",
      "lang": "en",
      "in_reply_to_status_id_str": "1400805030782667040",
      "in_reply_to_status_id": "1400805030782667040",
      "in_reply_to_user_id_str": "3741",
      "in_reply_to_user_id": "3741",
      "in_reply_to_screen_name": "tom_grows_things"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505517073720438168"
          ],
          "editableUntil": "2022-07-29T13:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "2",
      "id_str": "1505517073720438168",
      "truncated": false,
      "retweet_count": "6",
      "id": "1505517073720438168",
      "created_at": "Fri Jul 29 12:18:00 +0000 2022",
      "favorited": false,
      "full_text": "It is too hot to bake. I am baking anyway. The kitchen is a sauna.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505428998738220997"
          ],
          "editableUntil": "2022-07-27T15:09:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "9",
      "id_str": "1505428998738220997",
      "truncated": false,
      "retweet_count": "2",
      "id": "1505428998738220997",
      "created_at": "Wed Jul 27 14:09:00 +0000 2022",
      "favorited": false,
      "full_text": "Someone returned a library book with a pressed four-leaf clover inside. I hope they find another.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505382099435003708"
          ],
          "editableUntil": "2022-07-25T11:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "38",
      "id_str": "1505382099435003708",
      "truncated": false,
      "retweet_count": "3",
      "id": "1505382099435003708",
      "created_at": "Mon Jul 25 10:38:00 +0000 2022",
      "favorited": false,
      "full_text": "Gerald the starter turned two years old today. I baked him a loaf in celebration, which is a bit grim for Gerald.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505288559402841227"
          ],
          "editableUntil": "2022-07-23T08:48:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "37",
      "id_str": "1505288559402841227",
      "truncated": false,
      "retweet_count": "4",
      "id": "1505288559402841227",
      "created_at": "Sat Jul 23 07:48:00 +0000 2022",
      "favorited": false,
      "full_text": "I keep a list of words that make me happy. Today I added crumpet, lantern and drizzle.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505198940035902430"
          ],
          "editableUntil": "2022-07-22T13:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "1",
      "id_str": "1505198940035902430",
      "truncated": false,
      "retweet_count": "2",
      "id": "1505198940035902430",
      "created_at": "Fri Jul 22 12:43:00 +0000 2022",
      "favorited": false,
      "full_text": "Booked a trip to Kyoto for the spring. I have been saving for this for three years.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505115354688847542"
          ],
          "editableUntil": "2022-07-22T06:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "sam_on_wheels",
            "screen_name": "sam_on_wheels",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "5",
      "id_str": "1505115354688847542",
      "truncated": false,
      "retweet_count": "1",
      "id": "1505115354688847542",
      "created_at": "Fri Jul 22 05:18:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @sam_on_wheels: Puncture repair class at the library next week. Learn to fix a flat in ten minutes and never wa…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505101568549944971"
          ],
          "editableUntil": "2022-07-21T08:26:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "12",
      "id_str": "1505101568549944971",
      "truncated": false,
      "retweet_count": "1",
      "id": "1505101568549944971",
      "created_at": "Thu Jul 21 07:26:00 +0000 2022",
      "favorited": false,
      "full_text": "Back at the library and the returns trolley missed me terribly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505061314805247961"
          ],
          "editableUntil": "2022-07-19T18:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "24",
      "id_str": "1505061314805247961",
      "truncated": false,
      "retweet_count": "0",
      "id": "1505061314805247961",
      "created_at": "Tue Jul 19 17:45:00 +0000 2022",
      "favorited": false,
      "full_text": "Ate the best bread of my life at a tiny bakery near the river in Kyoto. Asked for the recipe. Got a smile instead.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1505034564944792184"
          ],
          "editableUntil": "2022-07-19T13:24:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "19",
      "id_str": "1505034564944792184",
      "truncated": false,
      "retweet_count": "1",
      "id": "1505034564944792184",
      "created_at": "Tue Jul 19 12:24:00 +0000 2022",
      "favorited": false,
      "full_text": "Harvest week: beans, courgettes, tomatoes, and an enormous sense of achievement.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504999160867183709"
          ],
          "editableUntil": "2022-07-19T05:28:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "21",
      "id_str": "1504999160867183709",
      "truncated": false,
      "retweet_count": "4",
      "id": "1504999160867183709",
      "created_at": "Tue Jul 19 04:28:00 +0000 2022",
      "favorited": false,
      "full_text": "Soup and bread for lunch at the library staff room. We have become a very well fed team.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504997652146240641"
          ],
          "editableUntil": "2022-07-18T08:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "10",
      "id_str": "1504997652146240641",
      "truncated": false,
      "retweet_count": "2",
      "id": "1504997652146240641",
      "created_at": "Mon Jul 18 07:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Evening ride, pink sky, no wind. Days like this make up for the rainy ones.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504990285746031315"
          ],
          "editableUntil": "2022-07-16T21:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "15",
      "id_str": "1504990285746031315",
      "truncated": false,
      "retweet_count": "5",
      "id": "1504990285746031315",
      "created_at": "Sat Jul 16 20:54:00 +0000 2022",
      "favorited": false,
      "full_text": "February bread: bagels. Boiling bread before baking still feels like a prank.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504894914551595351"
          ],
          "editableUntil": "2022-07-15T22:16:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "24",
      "id_str": "1504894914551595351",
      "truncated": false,
      "retweet_count": "6",
      "id": "1504894914551595351",
      "created_at": "Fri Jul 15 21:16:00 +0000 2022",
      "favorited": false,
      "full_text": "The bagels worked! Chewy, shiny, a bit lopsided. I am calling that rustic.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504886118484814634"
          ],
          "editableUntil": "2022-07-15T11:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "16",
      "id_str": "1504886118484814634",
      "truncated": false,
      "retweet_count": "3",
      "id": "1504886118484814634",
      "created_at": "Fri Jul 15 10:34:00 +0000 2022",
      "favorited": false,
      "full_text": "Watered the allotment at dawn. The mist on the beans looked like something out of a painting.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504883112177520811"
          ],
          "editableUntil": "2022-07-15T01:54:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "amy_reads",
            "screen_name": "amy_reads",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2949",
            "id": "2949"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "79"
      ],
      "favorite_count": "3",
      "id_str": "1504883112177520811",
      "truncated": false,
      "retweet_count": "6",
      "id": "1504883112177520811",
      "created_at": "Fri Jul 15 00:54:00 +0000 2022",
      "favorited": false,
      "full_text": "@amy_reads I cried at the ending too. We should talk about it at reading group.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400992965653740293",
      "in_reply_to_status_id": "1400992965653740293",
      "in_reply_to_user_id_str": "2949",
      "in_reply_to_user_id": "2949",
      "in_reply_to_screen_name": "amy_reads"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504862447085739505"
          ],
          "editableUntil": "2022-07-13T19:32:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "21",
      "id_str": "1504862447085739505",
      "truncated": false,
      "retweet_count": "1",
      "id": "1504862447085739505",
      "created_at": "Wed Jul 13 18:32:00 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit has discovered that the radiator is on. I will not see him until March.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504764658675806031"
          ],
          "editableUntil": "2022-07-13T01:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "townhall_events",
            "screen_name": "townhall_events",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "25",
      "id_str": "1504764658675806031",
      "truncated": false,
      "retweet_count": "4",
      "id": "1504764658675806031",
      "created_at": "Wed Jul 13 00:18:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @townhall_events: Thank you to everyone who came to the bread talk last night. What a turnout! Recordings will be…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504686828174799608"
          ],
          "editableUntil": "2022-07-10T14:22:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "27",
      "id_str": "1504686828174799608",
      "truncated": false,
      "retweet_count": "5",
      "id": "1504686828174799608",
      "created_at": "Sun Jul 10 13:22:00 +0000 2022",
      "favorited": false,
      "full_text": "Rye attempt one: dense but tasty. Rye attempt two is in the oven and I am hopeful.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504670871178585948"
          ],
          "editableUntil": "2022-07-08T14:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "32",
      "id_str": "1504670871178585948",
      "truncated": false,
      "retweet_count": "3",
      "id": "1504670871178585948",
      "created_at": "Fri Jul 08 13:30:00 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit knocked a pen off the desk, looked at me, and knocked off another. We are not friends today.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504598704716902246"
          ],
          "editableUntil": "2022-07-06T22:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "0",
      "id_str": "1504598704716902246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1504598704716902246",
      "created_at": "Wed Jul 06 21:18:00 +0000 2022",
      "favorited": false,
      "full_text": "Found an old recipe card from my grandmother in a secondhand book. Same handwriting as hers, different person. Still made me smile.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504595145759586335"
          ],
          "editableUntil": "2022-07-06T01:16:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "canalcyclist",
            "screen_name": "canalcyclist",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "17",
      "id_str": "1504595145759586335",
      "truncated": false,
      "retweet_count": "2",
      "id": "1504595145759586335",
      "created_at": "Wed Jul 06 00:16:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @canalcyclist: The towpath repairs are finished! Smooth riding all the way from the lock to the old railway bri…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504523766511263520"
          ],
          "editableUntil": "2022-07-04T01:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "13",
      "id_str": "1504523766511263520",
      "truncated": false,
      "retweet_count": "2",
      "id": "1504523766511263520",
      "created_at": "Mon Jul 04 00:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Sold out of sourdough by ten. Next week I will bake more, I say every week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504479839907985478"
          ],
          "editableUntil": "2022-07-02T10:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "12",
      "id_str": "1504479839907985478",
      "truncated": false,
      "retweet_count": "2",
      "id": "1504479839907985478",
      "created_at": "Sat Jul 02 09:17:00 +0000 2022",
      "favorited": false,
      "full_text": "Did a bread workshop at the library for beginners. Eight new bakers in town. Gerald has grandchildren now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504441984100199914"
          ],
          "editableUntil": "2022-07-02T02:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "33",
      "id_str": "1504441984100199914",
      "truncated": false,
      "retweet_count": "5",
      "id": "1504441984100199914",
      "created_at": "Sat Jul 02 01:06:00 +0000 2022",
      "favorited": false,
      "full_text": "Practising katakana with shop signs on the way home. Every word is an adventure.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504353490170964248"
          ],
          "editableUntil": "2022-07-01T13:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "canalcyclist",
            "screen_name": "canalcyclist",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "3274",
            "id": "3274"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "79"
      ],
      "favorite_count": "35",
      "id_str": "1504353490170964248",
      "truncated": false,
      "retweet_count": "3",
      "id": "1504353490170964248",
      "created_at": "Fri Jul 01 12:04:00 +0000 2022",
      "favorited": false,
      "full_text": "@canalcyclist The towpath is muddy past the lock, take the road bridge instead.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400971398184111975",
      "in_reply_to_status_id": "1400971398184111975",
      "in_reply_to_user_id_str": "3274",
      "in_reply_to_user_id": "3274",
      "in_reply_to_screen_name": "canalcyclist"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504288627779638894"
          ],
          "editableUntil": "2022-07-01T07:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "14",
      "id_str": "1504288627779638894",
      "truncated": false,
      "retweet_count": "0",
      "id": "1504288627779638894",
      "created_at": "Fri Jul 01 06:43:00 +0000 2022",
      "favorited": false,
      "full_text": "There is a fox that crosses the allotments at dusk. We have an understanding.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504250958200864352"
          ],
          "editableUntil": "2022-06-30T21:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "amy_reads",
            "screen_name": "amy_reads",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "40",
      "id_str": "1504250958200864352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1504250958200864352",
      "created_at": "Thu Jun 30 20:05:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @amy_reads: Reading group this month: we are finally tackling the big one. Bring snacks, tissues and patien…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504239766693217536"
          ],
          "editableUntil": "2022-06-29T23:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "11",
      "id_str": "1504239766693217536",
      "truncated": false,
      "retweet_count": "3",
      "id": "1504239766693217536",
      "created_at": "Wed Jun 29 22:04:00 +0000 2022",
      "favorited": false,
      "full_text": "Tried a new flour blend for the sandwich loaf. Softer crumb, better toast. Keeping it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504230669481301113"
          ],
          "editableUntil": "2022-06-27T14:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "20",
      "id_str": "1504230669481301113",
      "truncated": false,
      "retweet_count": "0",
      "id": "1504230669481301113",
      "created_at": "Mon Jun 27 13:20:00 +0000 2022",
      "favorited": false,
      "full_text": "Today I learned that robins sing at night near street lights. Thought they were just very dedicated.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504149364266793297"
          ],
          "editableUntil": "2022-06-26T01:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "25",
      "id_str": "1504149364266793297",
      "truncated": false,
      "retweet_count": "1",
      "id": "1504149364266793297",
      "created_at": "Sun Jun 26 00:36:00 +0000 2022",
      "favorited": false,
      "full_text": "May bread: brioche. So much butter I had to sit down for a moment.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504053226826694376"
          ],
          "editableUntil": "2022-06-23T16:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bakerbeth",
            "screen_name": "bakerbeth",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2936",
            "id": "2936"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "87"
      ],
      "favorite_count": "27",
      "id_str": "1504053226826694376",
      "truncated": false,
      "retweet_count": "6",
      "id": "1504053226826694376",
      "created_at": "Thu Jun 23 15:20:00 +0000 2022",
      "favorited": false,
      "full_text": "@bakerbeth Rye is humbling. Attempt two went much better, thank you for cheering me on.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400877074867354103",
      "in_reply_to_status_id": "1400877074867354103",
      "in_reply_to_user_id_str": "2936",
      "in_reply_to_user_id": "2936",
      "in_reply_to_screen_name": "bakerbeth"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1504014168341727231"
          ],
          "editableUntil": "2022-06-21T11:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "17",
      "id_str": "1504014168341727231",
      "truncated": false,
      "retweet_count": "0",
      "id": "1504014168341727231",
      "created_at": "Tue Jun 21 10:12:00 +0000 2022",
      "favorited": false,
      "full_text": "Pumpkin bread season has officially begun. No, I will not be taking questions.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503998419954924012"
          ],
          "editableUntil": "2022-06-21T00:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "32",
      "id_str": "1503998419954924012",
      "truncated": false,
      "retweet_count": "0",
      "id": "1503998419954924012",
      "created_at": "Mon Jun 20 23:56:00 +0000 2022",
      "favorited": false,
      "full_text": "Put up a bird feeder and within an hour there were three blue tits arguing over it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503924597360647751"
          ],
          "editableUntil": "2022-06-19T04:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "1",
      "id_str": "1503924597360647751",
      "truncated": false,
      "retweet_count": "3",
      "id": "1503924597360647751",
      "created_at": "Sun Jun 19 03:38:00 +0000 2022",
      "favorited": false,
      "full_text": "Rain all day, candles lit, bread rising, tea brewing. This is the good life.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503845620777777187"
          ],
          "editableUntil": "2022-06-17T18:10:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "24"
      ],
      "favorite_count": "23",
      "id_str": "1503845620777777187",
      "truncated": false,
      "retweet_count": "0",
      "id": "1503845620777777187",
      "created_at": "Fri Jun 17 17:10:00 +0000 2022",
      "favorited": false,
      "full_text": "今日はパンを焼きました。とてもおいしかったです。",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503794433244206477"
          ],
          "editableUntil": "2022-06-16T17:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "riverwatch",
            "screen_name": "riverwatch",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "21",
      "id_str": "1503794433244206477",
      "truncated": false,
      "retweet_count": "3",
      "id": "1503794433244206477",
      "created_at": "Thu Jun 16 16:05:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @riverwatch: The kingfisher is nesting near the footbridge again. Please keep a respectful distance and enjo…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503732699373004492"
          ],
          "editableUntil": "2022-06-15T03:40:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/q4i9DoV8gz",
            "expanded_url": "https://library.example/summer",
            "display_url": "library.example/summer…",
            "indices": [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "14",
      "id_str": "1503732699373004492",
      "truncated": false,
      "retweet_count": "1",
      "id": "1503732699373004492",
      "created_at": "Wed Jun 15 02:40:00 +0000 2022",
      "favorited": false,
      "full_text": "The library's summer reading list is up, with a few of my favourites on it https://t.co/q4i9DoV8gz",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503663122124398792"
          ],
          "editableUntil": "2022-06-14T11:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "amy_reads",
            "screen_name": "amy_reads",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2949",
            "id": "2949"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "68"
      ],
      "favorite_count": "23",
      "id_str": "1503663122124398792",
      "truncated": false,
      "retweet_count": "1",
      "id": "1503663122124398792",
      "created_at": "Tue Jun 14 10:58:00 +0000 2022",
      "favorited": false,
      "full_text": "@amy_reads Thursday works! I will save you a seat near the biscuits.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400882634259627693",
      "in_reply_to_status_id": "1400882634259627693",
      "in_reply_to_user_id_str": "2949",
      "in_reply_to_user_id": "2949",
      "in_reply_to_screen_name": "amy_reads"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503640386252980950"
          ],
          "editableUntil": "2022-06-12T09:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "13",
      "id_str": "1503640386252980950",
      "truncated": false,
      "retweet_count": "5",
      "id": "1503640386252980950",
      "created_at": "Sun Jun 12 08:17:00 +0000 2022",
      "favorited": false,
      "full_text": "A heron stood in the shallows for twenty minutes without moving. I admire that kind of patience.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503605517553261275"
          ],
          "editableUntil": "2022-06-11T01:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "20",
      "id_str": "1503605517553261275",
      "truncated": false,
      "retweet_count": "0",
      "id": "1503605517553261275",
      "created_at": "Sat Jun 11 00:13:00 +0000 2022",
      "favorited": false,
      "full_text": "Baked too many rolls. The library staff room is now a bakery. Nobody is complaining.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503587400319144187"
          ],
          "editableUntil": "2022-06-09T18:45:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "amy_reads",
            "screen_name": "amy_reads",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "28",
      "id_str": "1503587400319144187",
      "truncated": false,
      "retweet_count": "1",
      "id": "1503587400319144187",
      "created_at": "Thu Jun 09 17:45:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @amy_reads: Our reading group has read 50 books together. Fifty! To celebrate, we are having a picnic by th…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503507652425411318"
          ],
          "editableUntil": "2022-06-09T00:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "33",
      "id_str": "1503507652425411318",
      "truncated": false,
      "retweet_count": "2",
      "id": "1503507652425411318",
      "created_at": "Wed Jun 08 23:52:00 +0000 2022",
      "favorited": false,
      "full_text": "I have started leaving little notes in library books for the next reader. Today's said: you picked a good one.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503435190706390131"
          ],
          "editableUntil": "2022-06-08T04:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "34",
      "id_str": "1503435190706390131",
      "truncated": false,
      "retweet_count": "6",
      "id": "1503435190706390131",
      "created_at": "Wed Jun 08 03:08:00 +0000 2022",
      "favorited": false,
      "full_text": "The mushrooms at the edge of the allotment look amazing and I will not be eating any of them.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503395180838150854"
          ],
          "editableUntil": "2022-06-06T18:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "greenfingers_jo",
            "screen_name": "greenfingers_jo",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "3591",
            "id": "3591"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "88"
      ],
      "favorite_count": "32",
      "id_str": "1503395180838150854",
      "truncated": false,
      "retweet_count": "1",
      "id": "1503395180838150854",
      "created_at": "Mon Jun 06 17:36:00 +0000 2022",
      "favorited": false,
      "full_text": "@greenfingers_jo Marigolds between the tomatoes worked for me. Fewer pests, more colour.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400499049702158518",
      "in_reply_to_status_id": "1400499049702158518",
      "in_reply_to_user_id_str": "3591",
      "in_reply_to_user_id": "3591",
      "in_reply_to_screen_name": "greenfingers_jo"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503307975151052931"
          ],
          "editableUntil": "2022-06-05T04:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "1",
      "id_str": "1503307975151052931",
      "truncated": false,
      "retweet_count": "6",
      "id": "1503307975151052931",
      "created_at": "Sun Jun 05 03:58:00 +0000 2022",
      "favorited": false,
      "full_text": "Autumn is coming. The light is going gold and the conkers are dropping on the cycle path.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503235523655303922"
          ],
          "editableUntil": "2022-06-03T19:23:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "25"
      ],
      "favorite_count": "2",
      "id_str": "1503235523655303922",
      "truncated": false,
      "retweet_count": "6",
      "id": "1503235523655303922",
      "created_at": "Fri Jun 03 18:23:00 +0000 2022",
      "favorited": false,
      "full_text": "bread. #sourdough #baking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503199553787528798"
          ],
          "editableUntil": "2022-06-03T02:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "6",
      "id_str": "1503199553787528798",
      "truncated": false,
      "retweet_count": "4",
      "id": "1503199553787528798",
      "created_at": "Fri Jun 03 01:06:00 +0000 2022",
      "favorited": false,
      "full_text": "Tried to photograph the kingfisher. Got forty pictures of water. Classic kingfisher.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503130647968974365"
          ],
          "editableUntil": "2022-05-31T18:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "33",
      "id_str": "1503130647968974365",
      "truncated": false,
      "retweet_count": "4",
      "id": "1503130647968974365",
      "created_at": "Tue May 31 17:17:00 +0000 2022",
      "favorited": false,
      "full_text": "Gave a talk about bread at the town hall. People asked excellent questions. One person asked about Gerald's star sign.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503051333018457280"
          ],
          "editableUntil": "2022-05-31T09:57:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "39",
      "id_str": "1503051333018457280",
      "truncated": false,
      "retweet_count": "5",
      "id": "1503051333018457280",
      "created_at": "Tue May 31 08:57:00 +0000 2022",
      "favorited": false,
      "full_text": "Cycled very carefully on the ice today. Arrived at work slowly but with dignity.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1503026078694739993"
          ],
          "editableUntil": "2022-05-30T19:27:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "38",
      "id_str": "1503026078694739993",
      "truncated": false,
      "retweet_count": "0",
      "id": "1503026078694739993",
      "created_at": "Mon May 30 18:27:00 +0000 2022",
      "favorited": false,
      "full_text": "Went to the cinema alone and had the best time. Popcorn, a good film, and nobody stealing my snacks.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502963132927725570"
          ],
          "editableUntil": "2022-05-28T13:16:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "greenfingers_jo",
            "screen_name": "greenfingers_jo",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "3591",
            "id": "3591"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "80"
      ],
      "favorite_count": "32",
      "id_str": "1502963132927725570",
      "truncated": false,
      "retweet_count": "0",
      "id": "1502963132927725570",
      "created_at": "Sat May 28 12:16:00 +0000 2022",
      "favorited": false,
      "full_text": "@greenfingers_jo Comfrey tea for the tomatoes! It smells awful but they love it.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400564809150999373",
      "in_reply_to_status_id": "1400564809150999373",
      "in_reply_to_user_id_str": "3591",
      "in_reply_to_user_id": "3591",
      "in_reply_to_screen_name": "greenfingers_jo"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502887288266001541"
          ],
          "editableUntil": "2022-05-27T22:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "33",
      "id_str": "1502887288266001541",
      "truncated": false,
      "retweet_count": "3",
      "id": "1502887288266001541",
      "created_at": "Fri May 27 21:43:00 +0000 2022",
      "favorited": false,
      "full_text": "Finished a crossword in pen for the first time. Feeling unreasonably powerful.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502793055443120824"
          ],
          "editableUntil": "2022-05-26T03:51:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "3",
      "id_str": "1502793055443120824",
      "truncated": false,
      "retweet_count": "5",
      "id": "1502793055443120824",
      "created_at": "Thu May 26 02:51:00 +0000 2022",
      "favorited": false,
      "full_text": "My goal this year: bake one new bread every month and finally learn to read a whole page in Japanese.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502733083204169418"
          ],
          "editableUntil": "2022-05-23T17:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "20",
      "id_str": "1502733083204169418",
      "truncated": false,
      "retweet_count": "2",
      "id": "1502733083204169418",
      "created_at": "Mon May 23 16:43:00 +0000 2022",
      "favorited": false,
      "full_text": "Found a second hand bike basket at the market. Now the bike carries bread home in style.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502698232414435572"
          ],
          "editableUntil": "2022-05-21T12:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "amy_reads",
            "screen_name": "amy_reads",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2949",
            "id": "2949"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "82"
      ],
      "favorite_count": "13",
      "id_str": "1502698232414435572",
      "truncated": false,
      "retweet_count": "2",
      "id": "1502698232414435572",
      "created_at": "Sat May 21 11:06:00 +0000 2022",
      "favorited": false,
      "full_text": "@amy_reads Yes! Bring the book on Thursday and we can swap. I will bring cake too.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400981498753614004",
      "in_reply_to_status_id": "1400981498753614004",
      "in_reply_to_user_id_str": "2949",
      "in_reply_to_user_id": "2949",
      "in_reply_to_screen_name": "amy_reads"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502667528962182375"
          ],
          "editableUntil": "2022-05-21T05:50:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "8",
      "id_str": "1502667528962182375",
      "truncated": false,
      "retweet_count": "3",
      "id": "1502667528962182375",
      "created_at": "Sat May 21 04:50:00 +0000 2022",
      "favorited": false,
      "full_text": "A good cup of tea can fix about sixty percent of problems. The rest need cake.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502652065016965282"
          ],
          "editableUntil": "2022-05-19T15:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1502652065016965282",
      "truncated": false,
      "retweet_count": "6",
      "id": "1502652065016965282",
      "created_at": "Thu May 19 14:03:00 +0000 2022",
      "favorited": false,
      "full_text": "Nothing calms me like kneading dough with the radio on.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502573899278048388"
          ],
          "editableUntil": "2022-05-19T02:02:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "22",
      "id_str": "1502573899278048388",
      "truncated": false,
      "retweet_count": "1",
      "id": "1502573899278048388",
      "created_at": "Thu May 19 01:02:00 +0000 2022",
      "favorited": false,
      "full_text": "A kid at the library told me my bread workshop changed his life. He is nine. I will take it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502489036491758510"
          ],
          "editableUntil": "2022-05-17T14:20:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "riverwatch",
            "screen_name": "riverwatch",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "9",
      "id_str": "1502489036491758510",
      "truncated": false,
      "retweet_count": "4",
      "id": "1502489036491758510",
      "created_at": "Tue May 17 13:20:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @riverwatch: The swallows are back over the meadow. Summer is officially on its way, whatever the forecast sa…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502422542944118949"
          ],
          "editableUntil": "2022-05-15T05:39:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "9",
      "id_str": "1502422542944118949",
      "truncated": false,
      "retweet_count": "4",
      "id": "1502422542944118949",
      "created_at": "Sun May 15 04:39:00 +0000 2022",
      "favorited": false,
      "full_text": "My favourite sound in the world might be a kettle just about to boil.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502397619293998676"
          ],
          "editableUntil": "2022-05-14T16:38:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "townhall_events",
            "screen_name": "townhall_events",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "3629",
            "id": "3629"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "75"
      ],
      "favorite_count": "5",
      "id_str": "1502397619293998676",
      "truncated": false,
      "retweet_count": "5",
      "id": "1502397619293998676",
      "created_at": "Sat May 14 15:38:00 +0000 2022",
      "favorited": false,
      "full_text": "@townhall_events Thank you for having me. The questions were the best part.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400901647152004356",
      "in_reply_to_status_id": "1400901647152004356",
      "in_reply_to_user_id_str": "3629",
      "in_reply_to_user_id": "3629",
      "in_reply_to_screen_name": "townhall_events"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502340910467955930"
          ],
          "editableUntil": "2022-05-13T06:13:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "greenfingers_jo",
            "screen_name": "greenfingers_jo",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "40",
      "id_str": "1502340910467955930",
      "truncated": false,
      "retweet_count": "2",
      "id": "1502340910467955930",
      "created_at": "Fri May 13 05:13:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @greenfingers_jo: Nasturtiums are the friendliest plant. They grow anywhere, they feed the bees and you can eat the…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502314785385968412"
          ],
          "editableUntil": "2022-05-11T21:23:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "12",
      "id_str": "1502314785385968412",
      "truncated": false,
      "retweet_count": "3",
      "id": "1502314785385968412",
      "created_at": "Wed May 11 20:23:00 +0000 2022",
      "favorited": false,
      "full_text": "There is a new family of ducks on the canal. Seven ducklings, one very tired mother.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502296907622268643"
          ],
          "editableUntil": "2022-05-10T15:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "5",
      "id_str": "1502296907622268643",
      "truncated": false,
      "retweet_count": "6",
      "id": "1502296907622268643",
      "created_at": "Tue May 10 14:33:00 +0000 2022",
      "favorited": false,
      "full_text": "Story time today was about a bear who bakes. Obviously I brought samples.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502228429382885039"
          ],
          "editableUntil": "2022-05-08T17:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "greenfingers_jo",
            "screen_name": "greenfingers_jo",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "30",
      "id_str": "1502228429382885039",
      "truncated": false,
      "retweet_count": "4",
      "id": "1502228429382885039",
      "created_at": "Sun May 08 16:11:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @greenfingers_jo: Garlic goes in before the shortest day and comes out after the longest. An easy rule for begi…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502199746299684153"
          ],
          "editableUntil": "2022-05-07T14:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "6",
      "id_str": "1502199746299684153",
      "truncated": false,
      "retweet_count": "1",
      "id": "1502199746299684153",
      "created_at": "Sat May 07 13:58:00 +0000 2022",
      "favorited": false,
      "full_text": "Snow on the allotment. Everything is quiet and white and the robin is keeping an eye on me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502147425844921583"
          ],
          "editableUntil": "2022-05-07T04:44:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "24"
      ],
      "favorite_count": "22",
      "id_str": "1502147425844921583",
      "truncated": false,
      "retweet_count": "3",
      "id": "1502147425844921583",
      "created_at": "Sat May 07 03:44:00 +0000 2022",
      "favorited": false,
      "full_text": "図書館で新しい本を見つけました。週末に読みます。",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502119173164283037"
          ],
          "editableUntil": "2022-05-05T03:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "17",
      "id_str": "1502119173164283037",
      "truncated": false,
      "retweet_count": "3",
      "id": "1502119173164283037",
      "created_at": "Thu May 05 02:06:00 +0000 2022",
      "favorited": false,
      "full_text": "The bakery stall at Saturday market is back. Come for the sourdough, stay for the chat.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502114094100680872"
          ],
          "editableUntil": "2022-05-04T20:16:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "31",
      "id_str": "1502114094100680872",
      "truncated": false,
      "retweet_count": "2",
      "id": "1502114094100680872",
      "created_at": "Wed May 04 19:16:00 +0000 2022",
      "favorited": false,
      "full_text": "Fed Gerald (my sourdough starter) at 6am. He is bubbling like he has news to share.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502081183338379691"
          ],
          "editableUntil": "2022-05-04T02:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "12",
      "id_str": "1502081183338379691",
      "truncated": false,
      "retweet_count": "6",
      "id": "1502081183338379691",
      "created_at": "Wed May 04 01:43:00 +0000 2022",
      "favorited": false,
      "full_text": "Summer evenings at the allotment, watering cans, chat over the fence, and too many strawberries.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502048792983883246"
          ],
          "editableUntil": "2022-05-02T05:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "32",
      "id_str": "1502048792983883246",
      "truncated": false,
      "retweet_count": "2",
      "id": "1502048792983883246",
      "created_at": "Mon May 02 04:52:00 +0000 2022",
      "favorited": false,
      "full_text": "Peas are up! Tiny green curls grabbing onto everything like toddlers.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1502016436407174360"
          ],
          "editableUntil": "2022-04-30T14:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "10",
      "id_str": "1502016436407174360",
      "truncated": false,
      "retweet_count": "2",
      "id": "1502016436407174360",
      "created_at": "Sat Apr 30 13:18:00 +0000 2022",
      "favorited": false,
      "full_text": "The canal froze at the edges this morning. The ducks are very confused about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501978685035820002"
          ],
          "editableUntil": "2022-04-28T23:55:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "5",
      "id_str": "1501978685035820002",
      "truncated": false,
      "retweet_count": "5",
      "id": "1501978685035820002",
      "created_at": "Thu Apr 28 22:55:00 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit brought me a leaf as a gift. I have accepted it with the proper ceremony.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501903357370563512"
          ],
          "editableUntil": "2022-04-27T23:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "34",
      "id_str": "1501903357370563512",
      "truncated": false,
      "retweet_count": "0",
      "id": "1501903357370563512",
      "created_at": "Wed Apr 27 22:14:00 +0000 2022",
      "favorited": false,
      "full_text": "I planted garlic today. See you in July, little cloves.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501851446854355776"
          ],
          "editableUntil": "2022-04-27T08:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "1",
      "id_str": "1501851446854355776",
      "truncated": false,
      "retweet_count": "1",
      "id": "1501851446854355776",
      "created_at": "Wed Apr 27 07:30:00 +0000 2022",
      "favorited": false,
      "full_text": "The library got a new reading corner with beanbags. The teenagers have approved it, which is the highest honour.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501753046321077637"
          ],
          "editableUntil": "2022-04-26T16:57:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "16",
      "id_str": "1501753046321077637",
      "truncated": false,
      "retweet_count": "3",
      "id": "1501753046321077637",
      "created_at": "Tue Apr 26 15:57:00 +0000 2022",
      "favorited": false,
      "full_text": "Cycling tip: a flask of tea in the pannier turns any puncture into a picnic.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501737666151590699"
          ],
          "editableUntil": "2022-04-24T12:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "19",
      "id_str": "1501737666151590699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1501737666151590699",
      "created_at": "Sun Apr 24 11:36:00 +0000 2022",
      "favorited": false,
      "full_text": "Wrapped presents badly, as usual. The bread I am giving people is wrapped beautifully, as usual. Priorities.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501671082096230280"
          ],
          "editableUntil": "2022-04-23T01:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "30",
      "id_str": "1501671082096230280",
      "truncated": false,
      "retweet_count": "0",
      "id": "1501671082096230280",
      "created_at": "Sat Apr 23 00:06:00 +0000 2022",
      "favorited": false,
      "full_text": "The swallows are back over the river. Summer is on its way.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501621188379795980"
          ],
          "editableUntil": "2022-04-21T05:43:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "40",
      "id_str": "1501621188379795980",
      "truncated": false,
      "retweet_count": "2",
      "id": "1501621188379795980",
      "created_at": "Thu Apr 21 04:43:00 +0000 2022",
      "favorited": false,
      "full_text": "New year, same Gerald. Still bubbling, still mine.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501533768449683184"
          ],
          "editableUntil": "2022-04-20T00:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "39",
      "id_str": "1501533768449683184",
      "truncated": false,
      "retweet_count": "0",
      "id": "1501533768449683184",
      "created_at": "Tue Apr 19 23:34:00 +0000 2022",
      "favorited": false,
      "full_text": "Bread is mostly flour, water, salt &amp; patience. So is most of life, honestly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501457249390039665"
          ],
          "editableUntil": "2022-04-19T13:11:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1501457249390039665",
      "truncated": false,
      "retweet_count": "4",
      "id": "1501457249390039665",
      "created_at": "Tue Apr 19 12:11:00 +0000 2022",
      "favorited": false,
      "full_text": "Bright cold morning, frost on the handlebars, breath like steam. Winter cycling has its charms.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501371705793265884"
          ],
          "editableUntil": "2022-04-19T05:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tom_grows_things",
            "screen_name": "tom_grows_things",
            "indices": [
              "0",
              "17"
            ],
            "id_str": "3741",
            "id": "3741"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "18",
        "85"
      ],
      "favorite_count": "10",
      "id_str": "1501371705793265884",
      "truncated": false,
      "retweet_count": "0",
      "id": "1501371705793265884",
      "created_at": "Tue Apr 19 04:05:00 +0000 2022",
      "favorited": false,
      "full_text": "@tom_grows_things The hedgehog club now has four members. Professor is the president.",
      "lang": "en",
      "in_reply_to_status_id_str": "1400070082701256839",
      "in_reply_to_status_id": "1400070082701256839",
      "in_reply_to_user_id_str": "3741",
      "in_reply_to_user_id": "3741",
      "in_reply_to_screen_name": "tom_grows_things"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501361230276749151"
          ],
          "editableUntil": "2022-04-18T10:37:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "30",
      "id_str": "1501361230276749151",
      "truncated": false,
      "retweet_count": "5",
      "id": "1501361230276749151",
      "created_at": "Mon Apr 18 09:37:00 +0000 2022",
      "favorited": false,
      "full_text": "Cycled past a field full of lambs this morning. Every one of them was doing something ridiculous.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501304080459592508"
          ],
          "editableUntil": "2022-04-17T04:31:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "35",
      "id_str": "1501304080459592508",
      "truncated": false,
      "retweet_count": "3",
      "id": "1501304080459592508",
      "created_at": "Sun Apr 17 03:31:00 +0000 2022",
      "favorited": false,
      "full_text": "Fresh notebook, fresh starter jar, same old Gerald. Here we go again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501238814632044759"
          ],
          "editableUntil": "2022-04-14T15:42:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "39",
      "id_str": "1501238814632044759",
      "truncated": false,
      "retweet_count": "5",
      "id": "1501238814632044759",
      "created_at": "Thu Apr 14 14:42:00 +0000 2022",
      "favorited": false,
      "full_text": "The mystery seeds are nasturtiums! Orange and bright and a very good surprise.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501140636163023537"
          ],
          "editableUntil": "2022-04-12T04:10:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "39",
      "id_str": "1501140636163023537",
      "truncated": false,
      "retweet_count": "4",
      "id": "1501140636163023537",
      "created_at": "Tue Apr 12 03:10:00 +0000 2022",
      "favorited": false,
      "full_text": "Made no-knead bread because of the heat. Honestly, it is brilliant and I feel slightly betrayed by all my kneading.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1501080674226308707"
          ],
          "editableUntil": "2022-04-10T12:47:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "18",
      "id_str": "1501080674226308707",
      "truncated": false,
      "retweet_count": "0",
      "id": "1501080674226308707",
      "created_at": "Sun Apr 10 11:47:00 +0000 2022",
      "favorited": false,
      "full_text": "Gerald is a Pisces, apparently. It explains a lot.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500996760608107061"
          ],
          "editableUntil": "2022-04-09T20:31:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1500996760608107061",
      "truncated": false,
      "retweet_count": "3",
      "id": "1500996760608107061",
      "created_at": "Sat Apr 09 19:31:00 +0000 2022",
      "favorited": false,
      "full_text": "Helped a student find a book about bees and ended up reading half of it myself.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500963118206835832"
          ],
          "editableUntil": "2022-04-07T21:17:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "5",
      "id_str": "1500963118206835832",
      "truncated": false,
      "retweet_count": "1",
      "id": "1500963118206835832",
      "created_at": "Thu Apr 07 20:17:00 +0000 2022",
      "favorited": false,
      "full_text": "Quiet morning. Porridge with honey, window open, blackbird on the fence doing a full concert.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500908573346944627"
          ],
          "editableUntil": "2022-04-07T02:08:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "22",
      "id_str": "1500908573346944627",
      "truncated": false,
      "retweet_count": "5",
      "id": "1500908573346944627",
      "created_at": "Thu Apr 07 01:08:00 +0000 2022",
      "favorited": false,
      "full_text": "December bread: stollen. It takes days, it is worth it, and it is gone in hours.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500868387997128212"
          ],
          "editableUntil": "2022-04-04T23:42:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "25",
      "id_str": "1500868387997128212",
      "truncated": false,
      "retweet_count": "4",
      "id": "1500868387997128212",
      "created_at": "Mon Apr 04 22:42:00 +0000 2022",
      "favorited": false,
      "full_text": "The allotment neighbour gave me a marrow the size of a small dog. I do not know what to do with it yet.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500856047150986712"
          ],
          "editableUntil": "2022-04-04T08:14:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "25",
      "id_str": "1500856047150986712",
      "truncated": false,
      "retweet_count": "3",
      "id": "1500856047150986712",
      "created_at": "Mon Apr 04 07:14:00 +0000 2022",
      "favorited": false,
      "full_text": "October bread: pumpkin loaf again, by popular demand, mostly mine.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500836843845075519"
          ],
          "editableUntil": "2022-04-02T03:59:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "31",
      "id_str": "1500836843845075519",
      "truncated": false,
      "retweet_count": "0",
      "id": "1500836843845075519",
      "created_at": "Sat Apr 02 02:59:00 +0000 2022",
      "favorited": false,
      "full_text": "Sorted the seed tins for next year. Labelled everything this time. Past me never labelled anything.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500812194228437014"
          ],
          "editableUntil": "2022-03-31T07:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "1",
      "id_str": "1500812194228437014",
      "truncated": false,
      "retweet_count": "3",
      "id": "1500812194228437014",
      "created_at": "Thu Mar 31 06:52:00 +0000 2022",
      "favorited": false,
      "full_text": "There is nothing like the sound of the first loaf crackling as it cools.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500756898468955332"
          ],
          "editableUntil": "2022-03-29T08:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/f8rESQedUS",
            "expanded_url": "https://wren.example/blog/gerald",
            "display_url": "wren.example/blog/gerald…",
            "indices": [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "28",
      "id_str": "1500756898468955332",
      "truncated": false,
      "retweet_count": "2",
      "id": "1500756898468955332",
      "created_at": "Tue Mar 29 07:30:00 +0000 2022",
      "favorited": false,
      "full_text": "New blog post: why my sourdough starter is called Gerald, and other questions https://t.co/f8rESQedUS",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500664822357690105"
          ],
          "editableUntil": "2022-03-27T14:47:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "4",
      "id_str": "1500664822357690105",
      "truncated": false,
      "retweet_count": "6",
      "id": "1500664822357690105",
      "created_at": "Sun Mar 27 13:47:00 +0000 2022",
      "favorited": false,
      "full_text": "April bread: hot cross buns. My kitchen smells like spices and good decisions.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500582207255929518"
          ],
          "editableUntil": "2022-03-25T06:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "22",
      "id_str": "1500582207255929518",
      "truncated": false,
      "retweet_count": "4",
      "id": "1500582207255929518",
      "created_at": "Fri Mar 25 05:18:00 +0000 2022",
      "favorited": false,
      "full_text": "Frosty morning, warm kitchen, oven on, radio playing. I could stay in this moment for a week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500537051477325796"
          ],
          "editableUntil": "2022-03-24T03:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "35",
      "id_str": "1500537051477325796",
      "truncated": false,
      "retweet_count": "4",
      "id": "1500537051477325796",
      "created_at": "Thu Mar 24 02:34:00 +0000 2022",
      "favorited": false,
      "full_text": "And always carry coins. The tiny bakeries do not take cards and they have the best bread.",
      "lang": "en",
      "in_reply_to_status_id_str": "1500530534928137083",
      "in_reply_to_status_id": "1500530534928137083",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500530534928137083"
          ],
          "editableUntil": "2022-03-22T04:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "9",
      "id_str": "1500530534928137083",
      "truncated": false,
      "retweet_count": "3",
      "id": "1500530534928137083",
      "created_at": "Tue Mar 22 03:30:00 +0000 2022",
      "favorited": false,
      "full_text": "Pointing and smiling can carry a whole conversation when the words run out.",
      "lang": "en",
      "in_reply_to_status_id_str": "1500506318834078355",
      "in_reply_to_status_id": "1500506318834078355",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500506318834078355"
          ],
          "editableUntil": "2022-03-19T23:09:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "7",
      "id_str": "1500506318834078355",
      "truncated": false,
      "retweet_count": "4",
      "id": "1500506318834078355",
      "created_at": "Sat Mar 19 22:09:00 +0000 2022",
      "favorited": false,
      "full_text": "People are incredibly patient when you try. Nobody laughed, everyone helped.",
      "lang": "en",
      "in_reply_to_status_id_str": "1500464793889912409",
      "in_reply_to_status_id": "1500464793889912409",
      "in_reply_to_user_id_str": "1480000000000000001",
      "in_reply_to_user_id": "1480000000000000001",
      "in_reply_to_screen_name": "wrenbakes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500464793889912409"
          ],
          "editableUntil": "2022-03-18T04:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "21",
      "id_str": "1500464793889912409",
      "truncated": false,
      "retweet_count": "5",
      "id": "1500464793889912409",
      "created_at": "Fri Mar 18 03:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Things I learned in my first week of speaking Japanese in Kyoto, a small thread.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500421537534523306"
          ],
          "editableUntil": "2022-03-16T13:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "riverwatch",
            "screen_name": "riverwatch",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "15",
      "id_str": "1500421537534523306",
      "truncated": false,
      "retweet_count": "0",
      "id": "1500421537534523306",
      "created_at": "Wed Mar 16 12:34:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @riverwatch: Otters spotted again on the river this week! Please keep dogs on leads near the old mill while the pu…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500385575213244413"
          ],
          "editableUntil": "2022-03-14T06:23:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "29",
      "id_str": "1500385575213244413",
      "truncated": false,
      "retweet_count": "2",
      "id": "1500385575213244413",
      "created_at": "Mon Mar 14 05:23:00 +0000 2022",
      "favorited": false,
      "full_text": "Wrote a letter by hand for the first time in years. My handwriting has gone strange but the feeling was lovely.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500340363776694501"
          ],
          "editableUntil": "2022-03-12T19:46:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kyoto_kitchen",
            "screen_name": "kyoto_kitchen",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "34",
      "id_str": "1500340363776694501",
      "truncated": false,
      "retweet_count": "3",
      "id": "1500340363776694501",
      "created_at": "Sat Mar 12 18:46:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @kyoto_kitchen: Japanese milk bread uses a cooked flour paste called tangzhong. It keeps the loaf soft for days an…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500252248699044657"
          ],
          "editableUntil": "2022-03-12T01:15:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "canalcyclist",
            "screen_name": "canalcyclist",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "4",
      "id_str": "1500252248699044657",
      "truncated": false,
      "retweet_count": "4",
      "id": "1500252248699044657",
      "created_at": "Sat Mar 12 00:15:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @canalcyclist: Lovely ride to the coast today with the club. Sixty kilometres, two cafe stops and perfect we…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500198840701198956"
          ],
          "editableUntil": "2022-03-11T13:40:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "36",
      "id_str": "1500198840701198956",
      "truncated": false,
      "retweet_count": "5",
      "id": "1500198840701198956",
      "created_at": "Fri Mar 11 12:40:00 +0000 2022",
      "favorited": false,
      "full_text": "Home again. Biscuit is pretending he did not miss me. He is sitting on my suitcase.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500172402975692760"
          ],
          "editableUntil": "2022-03-11T02:03:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "36",
      "id_str": "1500172402975692760",
      "truncated": false,
      "retweet_count": "2",
      "id": "1500172402975692760",
      "created_at": "Fri Mar 11 01:03:00 +0000 2022",
      "favorited": false,
      "full_text": "Unpacking tea, two bowls, a furoshiki cloth, and more memories than I expected.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500151103160063382"
          ],
          "editableUntil": "2022-03-09T10:56:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "8",
      "id_str": "1500151103160063382",
      "truncated": false,
      "retweet_count": "2",
      "id": "1500151103160063382",
      "created_at": "Wed Mar 09 09:56:00 +0000 2022",
      "favorited": false,
      "full_text": "Cycled to work in the fog today and felt like a character in a mystery novel.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500118986223987402"
          ],
          "editableUntil": "2022-03-09T03:21:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "25",
      "id_str": "1500118986223987402",
      "truncated": false,
      "retweet_count": "0",
      "id": "1500118986223987402",
      "created_at": "Wed Mar 09 02:21:00 +0000 2022",
      "favorited": false,
      "full_text": "First seeds sown for the new season: tomatoes on the windowsill, hope on the side.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500109276254899489"
          ],
          "editableUntil": "2022-03-07T09:44:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tom_grows_things",
            "screen_name": "tom_grows_things",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "40",
      "id_str": "1500109276254899489",
      "truncated": false,
      "retweet_count": "4",
      "id": "1500109276254899489",
      "created_at": "Mon Mar 07 08:44:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @tom_grows_things: Spare seedlings at the allotment gate this weekend. Tomatoes, beans and a few mystery squash. He…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500090853438941778"
          ],
          "editableUntil": "2022-03-06T14:04:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "bakerbeth",
            "screen_name": "bakerbeth",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "3",
      "id_str": "1500090853438941778",
      "truncated": false,
      "retweet_count": "6",
      "id": "1500090853438941778",
      "created_at": "Sun Mar 06 13:04:00 +0000 2022",
      "favorited": false,
      "full_text": "RT @bakerbeth: Hot cross bun season! Here is my favourite spice mix: cinnamon, nutmeg, a little clove and a whi…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500077087762498350"
          ],
          "editableUntil": "2022-03-04T21:37:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "26",
      "id_str": "1500077087762498350",
      "truncated": false,
      "retweet_count": "0",
      "id": "1500077087762498350",
      "created_at": "Fri Mar 04 20:37:00 +0000 2022",
      "favorited": false,
      "full_text": "The daffodils by the bridge are back. Same time as last year, like old friends keeping a promise.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500070812620537186"
          ],
          "editableUntil": "2022-03-04T11:10:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "3",
      "id_str": "1500070812620537186",
      "truncated": false,
      "retweet_count": "4",
      "id": "1500070812620537186",
      "created_at": "Fri Mar 04 10:10:00 +0000 2022",
      "favorited": false,
      "full_text": "Trying a rye loaf this week. Rye dough is like wet clay with opinions.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1500056564639800631"
          ],
          "editableUntil": "2022-03-03T06:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "4",
      "id_str": "1500056564639800631",
      "truncated": false,
      "retweet_count": "6",
      "id": "1500056564639800631",
      "created_at": "Thu Mar 03 05:33:00 +0000 2022",
      "favorited": false,
      "full_text": "The seed library has sunflowers, beans, and one mystery packet labelled only with a drawing of a smile.",
      "lang": "en"
    }
  }
]
