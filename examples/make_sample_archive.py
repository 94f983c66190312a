"""Write examples/sample_archive/: a fictional X account's archive, shaped like a real export.

Wren Calloway (@wrenbakes) is invented for this project: a librarian in a small river town who
bakes, gardens, cycles and is learning Japanese. Every post below was written for tweetling.
The archive carries the quirks of real exports on purpose (retweets marked retweeted=false,
truncated RT texts, HTML-escaped text, numbers as strings, t.co links, qme/zxx/und languages,
self-reply threads, replies, duplicates, short posts) so that every cleaning rule fires.

Run `python examples/make_sample_archive.py` to regenerate it (the output is deterministic).
"""

# ruff: noqa: E501  (the posts are data: one per line reads better than wrapped strings)
from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "sample_archive" / "data"
HANDLE, ACCOUNT_ID, NAME = "wrenbakes", "1480000000000000001", "Wren Calloway"
START = datetime(2022, 3, 1, 7, 30, tzinfo=UTC)

# Kept as they are (one post per line). HTML entities appear as X exports them.
ORIGINALS = """
Good morning from the river path. The herons are out early and so am I.
Fed Gerald (my sourdough starter) at 6am. He is bubbling like he has news to share.
Biscuit has claimed the warm spot on the laptop again. Working from the sofa it is.
First loaf of the season with the new flour. Crackly crust, open crumb, very happy baker.
Rain on the library roof all afternoon. Perfect weather for shelving poetry.
The allotment tomatoes finally turned red. I may have eaten three straight off the vine.
Cycled to work in the fog today and felt like a character in a mystery novel.
Tea, crossword, cat on lap. The Sunday trinity.
Someone returned a library book with a pressed four-leaf clover inside. I hope they find another.
Learning Japanese verbs on the bus. The lady next to me helped with a pronunciation. Kind people everywhere.
Made focaccia with rosemary from the garden. The whole street smells like an Italian bakery now.
Today I learned that robins sing at night near street lights. Thought they were just very dedicated.
The courgettes have entered their unstoppable phase. Please send recipes, or neighbours who like courgettes.
Thursday board game night: I lost at everything and still had the best time.
Quiet morning. Porridge with honey, window open, blackbird on the fence doing a full concert.
There is a specific joy in a perfectly organised spice drawer. Today I have that joy.
Gerald the starter turned two years old today. I baked him a loaf in celebration, which is a bit grim for Gerald.
Rode the long way home along the canal. Swans, a kingfisher, and one very confident duck.
Reading group picked a 700 page novel. Wish us luck &amp; snacks.
A child at story time asked if dragons need library cards. I said yes, and fireproof ones.
Baking tip: let the dough tell you when it is ready, not the clock. It took me years to believe this.
My bike has a new bell. It goes ding in a very polite way.
The first frost on the allotment. The kale looks delighted, the beans do not.
Reorganised the cookbook shelf by colour. It is not practical. It is beautiful.
Biscuit brought me a leaf as a gift. I have accepted it with the proper ceremony.
Library fact: the most borrowed book this month is about bread. I had nothing to do with it. Mostly.
Walked to the market with an empty basket and came home with plums, cheese, and a small fern. Classic.
The kettle and I have a good relationship. It is always there for me.
Finished a crossword in pen for the first time. Feeling unreasonably powerful.
Spent the afternoon repotting herbs. My hands smell like mint and I am fine with that.
Bread that failed is still toast. Remember this on the hard days.
Found an old recipe card from my grandmother in a secondhand book. Same handwriting as hers, different person. Still made me smile.
The river is high after the storm. Everyone in town has come out to look at it, like it is a celebrity.
New library display: books with a cat on the cover. Biscuit has been consulted.
Small win: the sourdough did not stick to the basket. Big win: it tasted great.
Evening ride, pink sky, no wind. Days like this make up for the rainy ones.
Practising katakana with shop signs on the way home. Every word is an adventure.
Cinnamon buns are proof that good things take time and a lot of butter.
I planted garlic today. See you in July, little cloves.
The bus driver waved at Biscuit in the window. Biscuit did not wave back. Biscuit is rude.
Somebody donated forty knitting magazines from the eighties to the library. The patterns are wonderful and slightly alarming.
There is nothing like the sound of the first loaf crackling as it cools.
Put up a bird feeder and within an hour there were three blue tits arguing over it.
Made jam from the last of the blackberries. Purple fingers, full heart.
Cycling tip: a flask of tea in the pannier turns any puncture into a picnic.
Today was for slow things: a long walk, a longer lunch, and a nap I did not plan.
Learned the Japanese word for sunlight through leaves. I think about it every time I walk under the oaks now.
Library book sale this weekend! Come for the bargains, stay for my lemon drizzle.
Lemon drizzle update: sold out in forty minutes. The people of this town have taste.
The allotment neighbour gave me a marrow the size of a small dog. I do not know what to do with it yet.
Marrow soup it is. It was surprisingly good. Do not tell the marrow.
Trying a rye loaf this week. Rye dough is like wet clay with opinions.
Rye attempt one: dense but tasty. Rye attempt two is in the oven and I am hopeful.
Rye attempt two: much better. Gerald is very proud of himself.
A regular at the library brings me a poem every Friday. Today it was about clouds. I am keeping them all.
Sorted the seed tins for next year. Labelled everything this time. Past me never labelled anything.
Nothing calms me like kneading dough with the radio on.
Biscuit knocked a pen off the desk, looked at me, and knocked off another. We are not friends today.
Biscuit and I have made up. Treats were involved.
Bright cold morning, frost on the handlebars, breath like steam. Winter cycling has its charms.
A heron stood in the shallows for twenty minutes without moving. I admire that kind of patience.
Booked a trip to Kyoto for the spring. I have been saving for this for three years.
Kyoto countdown: I can now order tea and ask where the station is. Priorities.
Baked bread for the neighbours as a thank you for watching Biscuit. One of them cried a little. Bread does that.
The library got a new reading corner with beanbags. The teenagers have approved it, which is the highest honour.
Today's loaf has a slightly wonky ear and I love it anyway.
Winter soup rotation: leek and potato, lentil, and whatever is left in the fridge.
There is a fox that crosses the allotments at dusk. We have an understanding.
A good cup of tea can fix about sixty percent of problems. The rest need cake.
Finished knitting a scarf that is far too long. It is now a scarf for two people.
Tried to photograph the kingfisher. Got forty pictures of water. Classic kingfisher.
My favourite kind of evening: soup on the stove, rain on the window, a book I cannot put down.
Spring is here: the first daffodils by the bridge and everybody in town has remembered how to smile.
The blossom on the cherry tree by the library is out. Pink petals everywhere, including in my bag.
Packing for Kyoto and somehow half my suitcase is tea.
Landed in Kyoto. Tired, happy, and slightly lost already.
Kyoto day one: temples, a very small coffee, and a cat that looked exactly like Biscuit.
Walked through a bamboo grove this morning. The sound of it is something I will keep forever.
Ate the best bread of my life at a tiny bakery near the river in Kyoto. Asked for the recipe. Got a smile instead.
Ordered lunch entirely in Japanese and got exactly what I asked for. Small victory, big noodles.
Last day in Kyoto. I am already planning the next trip.
Home again. Biscuit is pretending he did not miss me. He is sitting on my suitcase.
Unpacking tea, two bowls, a furoshiki cloth, and more memories than I expected.
Back at the library and the returns trolley missed me terribly.
Gerald survived my trip thanks to the neighbours. He looks well fed and slightly smug.
Baked a matcha loaf inspired by the Kyoto trip. Green, soft, and a bit of a surprise to everyone.
The allotment went wild while I was away. The weeds had a party. I am cleaning up after it.
Peas are up! Tiny green curls grabbing onto everything like toddlers.
There is a new family of ducks on the canal. Seven ducklings, one very tired mother.
Story time today was about a bear who bakes. Obviously I brought samples.
Early shift at the library means the building is mine for an hour. Books and silence, bliss.
Summer evenings at the allotment, watering cans, chat over the fence, and too many strawberries.
It is too hot to bake. I am baking anyway. The kitchen is a sauna.
Made no-knead bread because of the heat. Honestly, it is brilliant and I feel slightly betrayed by all my kneading.
The sunflowers are taller than me now. They look down on me in a kind way.
Cycled to the coast and back. Sixty kilometres, two ice creams, one sunburnt nose.
Library summer reading challenge has started. The kids are competitive this year. I love it.
The tomatoes are doing brilliantly. The slugs are also doing brilliantly. We are at war.
Found a hedgehog in the garden last night. Left out water and a little cat food. Please come back.
The hedgehog came back! I have named him Professor.
Professor the hedgehog brought a friend. My garden is now a small hedgehog club.
Making pickles for the first time. The whole house smells of vinegar and ambition.
August storm, warm rain, everyone on the high street ran for the bakery door. Good choice, everyone.
Harvest week: beans, courgettes, tomatoes, and an enormous sense of achievement.
Made ratatouille with everything from the allotment. It tasted like summer in a bowl.
The reading group finished the 700 page novel. We threw a small party. There was bread.
Autumn is coming. The light is going gold and the conkers are dropping on the cycle path.
Collected conkers with the kids at story time. Their pockets are now full of treasures.
Tried a new flour blend for the sandwich loaf. Softer crumb, better toast. Keeping it.
Biscuit has discovered that the radiator is on. I will not see him until March.
Pumpkin bread season has officially begun. No, I will not be taking questions.
Did a bread workshop at the library for beginners. Eight new bakers in town. Gerald has grandchildren now.
Rain all day, candles lit, bread rising, tea brewing. This is the good life.
Raked leaves at the allotment and found the trowel I lost in April. Reunited at last.
The clocks went back and my body has not been told. Wide awake at six with nothing to do but bake.
Bonfire night from the bridge. The fireworks reflected in the river looked like a second sky.
Made gingerbread with the reading group. We argued about books and icing, equally passionately.
The library tree is up. The kids decorated it with paper books and one sock.
Wrapped presents badly, as usual. The bread I am giving people is wrapped beautifully, as usual. Priorities.
Christmas morning: cinnamon buns, new socks, and Biscuit in a box. Perfect.
That quiet week between the holidays is my favourite. Nobody knows what day it is and nobody minds.
New year, same Gerald. Still bubbling, still mine.
My goal this year: bake one new bread every month and finally learn to read a whole page in Japanese.
January bread: a proper Japanese milk bread. Soft as a cloud. One down, eleven to go.
Read my first full page of a Japanese children's book. It was about a rabbit. I am so proud.
Snow on the allotment. Everything is quiet and white and the robin is keeping an eye on me.
Cycled very carefully on the ice today. Arrived at work slowly but with dignity.
Soup and bread for lunch at the library staff room. We have become a very well fed team.
February bread: bagels. Boiling bread before baking still feels like a prank.
The bagels worked! Chewy, shiny, a bit lopsided. I am calling that rustic.
Biscuit has learned to open the cupboard with the treats. We are renegotiating our arrangement.
A patron brought back a book that was due in 1998. Fine waived, story collected. Worth it.
First seeds sown for the new season: tomatoes on the windowsill, hope on the side.
March bread: a seeded rye that could hold up a bookshelf. In a good way.
The daffodils by the bridge are back. Same time as last year, like old friends keeping a promise.
I love how the library sounds on a rainy afternoon: pages, umbrellas, whispers.
Gave a talk about bread at the town hall. People asked excellent questions. One person asked about Gerald's star sign.
Gerald is a Pisces, apparently. It explains a lot.
April bread: hot cross buns. My kitchen smells like spices and good decisions.
The swallows are back over the river. Summer is on its way.
Cycled past a field full of lambs this morning. Every one of them was doing something ridiculous.
Potatoes planted. It is always a leap of faith, putting things in the ground and waiting.
May bread: brioche. So much butter I had to sit down for a moment.
Hosted a picnic by the river for the reading group. We read a chapter aloud and ate too many sandwiches.
The allotment shed got a fresh coat of paint. It is now a pale blue and very proud of itself.
June bread: a simple country loaf, because sometimes the classics are the point.
There was a rainbow over the library this afternoon and everybody came outside to see it.
Made elderflower cordial with flowers from the hedge. Tastes like a summer afternoon.
Watered the allotment at dawn. The mist on the beans looked like something out of a painting.
July bread: cheese and onion rolls for the allotment summer party. Gone in ten minutes.
The garlic is ready! Planted in November, harvested in July, worth every month of waiting.
Hot day, cold library. The air conditioning has made the library the most popular place in town.
August bread: fig and walnut. Fancy enough for guests, simple enough for a Tuesday.
Biscuit fell asleep in the bread basket. I am using the other basket. He wins this round.
The plums are ripe on the tree by the canal. Everybody is politely picking a few on the way past.
September bread: apple and cinnamon swirl. The house smells like autumn arrived early.
Back to school week means the library is suddenly full of parents looking for very specific books.
Cycled under a sky full of geese flying south. Stopped to watch until they were out of sight.
October bread: pumpkin loaf again, by popular demand, mostly mine.
The mushrooms at the edge of the allotment look amazing and I will not be eating any of them.
Helped a student find a book about bees and ended up reading half of it myself.
November bread: a plaited loaf for the library anniversary. It looked like a golden rope.
A year of new breads and I have only set off the smoke alarm twice. Progress.
December bread: stollen. It takes days, it is worth it, and it is gone in hours.
Read a whole short story in Japanese this month. Slowly, with a dictionary, and with great joy.
The bridge lights are up for winter. The river looks like it is wearing jewellery.
Fresh notebook, fresh starter jar, same old Gerald. Here we go again.
The best conversations happen at the allotment gate. Today: compost, grandchildren, and the moon.
I have started leaving little notes in library books for the next reader. Today's said: you picked a good one.
A kid at the library told me my bread workshop changed his life. He is nine. I will take it.
Found a second hand bike basket at the market. Now the bike carries bread home in style.
Frosty morning, warm kitchen, oven on, radio playing. I could stay in this moment for a week.
The robin at the allotment now follows me around like a small feathered supervisor.
Reading by the fire with a slice of fruit loaf. Winter has its rewards.
The library roof leaked over the science shelves. We saved every book. Team work, buckets, and biscuits.
Tried baking bread in a cast iron pot for the first time. The crust is incredible. I may never go back.
There is a lady on my street who waves at everyone from her window. I wave back every day. It matters.
Went to the cinema alone and had the best time. Popcorn, a good film, and nobody stealing my snacks.
The canal froze at the edges this morning. The ducks are very confused about it.
Library closed for the holiday, so I am reorganising my own shelves instead. I cannot stop.
My neighbour taught me how to make dumplings. My first ones look like tiny sleeping animals.
Cycled to the next village for their famous pie. The pie was worth every hill.
I keep a list of words that make me happy. Today I added crumpet, lantern and drizzle.
Stood in the rain at the bus stop and a stranger shared her umbrella. We talked about gardens the whole way.
The town clock is running ten minutes fast. Nobody is fixing it and everybody is early. I like it.
Started a seed library at work. People can borrow seeds and bring back new ones. It is going well.
The seed library has sunflowers, beans, and one mystery packet labelled only with a drawing of a smile.
Planted the mystery seeds. If it is a giant pumpkin, I am ready.
The mystery seeds are nasturtiums! Orange and bright and a very good surprise.
My favourite sound in the world might be a kettle just about to boil.
Watched the sun come up over the allotment. The spider webs were covered in dew, like lace.
The bakery stall at Saturday market is back. Come for the sourdough, stay for the chat.
Sold out of sourdough by ten. Next week I will bake more, I say every week.
Baked too many rolls. The library staff room is now a bakery. Nobody is complaining.
Took the long way through the park to see the autumn colours. Worth being five minutes late.
Wrote a letter by hand for the first time in years. My handwriting has gone strange but the feeling was lovely.
Sometimes the best plan for a Saturday is no plan at all.
Biscuit has taken up a new hobby: sitting exactly where I am about to put my foot.
Watched an old film with a pot of tea and felt like the luckiest person on the street.
A quiet thank you to everyone who returns library books on time. You are the real heroes.
The leaves on the cycle path are gold today. It is like riding through a bowl of cornflakes.
Fixed my own puncture at the roadside. A passing cyclist gave me a thumbs up and I have never felt cooler.
The allotment pumpkins are enormous this year. One of them needs its own postcode.
I cannot tell if Biscuit is a cat or a very small landlord.
Bread is mostly flour, water, salt and patience. So is most of life, honestly.
""".strip().splitlines()

# Self-reply threads (index into the thread, text). Kept even when replies are dropped.
THREADS = [
    [
        "A short thread on how I keep a sourdough starter alive with a busy week.",
        "One: keep it in the fridge on weekdays. Cold slows it down, and Gerald does not mind.",
        "Two: feed it the night before you bake. It wakes up hungry and ready by morning.",
        "Three: if it smells like nail polish, it is just hungry. Feed it and say sorry.",
        "That is all! Gerald says hello and good luck with your bread.",
    ],
    [
        "Things I learned in my first week of speaking Japanese in Kyoto, a small thread.",
        "People are incredibly patient when you try. Nobody laughed, everyone helped.",
        "Pointing and smiling can carry a whole conversation when the words run out.",
        "And always carry coins. The tiny bakeries do not take cards and they have the best bread.",
    ],
    [
        "The allotment year in three lessons, a thread for my fellow gardeners.",
        "Plant fewer courgettes than you think. No, fewer than that.",
        "Talk to your neighbours over the fence. Half of gardening is the advice you get for free.",
    ],
]

# Replies to other people: the leading @handles are part of the text, as X stores them.
REPLIES = [
    (
        "tom_grows_things",
        "@tom_grows_things Thank you for the tomato seedlings, they are already taller than yours!",
    ),
    (
        "amy_reads",
        "@amy_reads Yes! Bring the book on Thursday and we can swap. I will bring cake too.",
    ),
    (
        "bakerbeth",
        "@bakerbeth Your tip about the steam tray changed my crust forever. Thank you so much.",
    ),
    (
        "canalcyclist",
        "@canalcyclist The towpath is muddy past the lock, take the road bridge instead.",
    ),
    (
        "tom_grows_things",
        "@tom_grows_things I will trade you two marrows for one of your famous pies.",
    ),
    (
        "kyoto_kitchen",
        "@kyoto_kitchen Your milk bread recipe worked perfectly. My whole family loved it.",
    ),
    (
        "amy_reads",
        "@amy_reads I cried at the ending too. We should talk about it at reading group.",
    ),
    (
        "librarylou",
        "@librarylou The new reading corner looks wonderful. The beanbags are a genius idea.",
    ),
    (
        "riverwatch",
        "@riverwatch I saw the otter too! Just past the old mill, around seven this morning.",
    ),
    ("bakerbeth", "@bakerbeth Gerald sends his regards to your starter. They should meet one day."),
    ("sam_on_wheels", "@sam_on_wheels Happy to lend you my pump. It lives by the library door."),
    (
        "greenfingers_jo",
        "@greenfingers_jo Marigolds between the tomatoes worked for me. Fewer pests, more colour.",
    ),
    ("amy_reads", "@amy_reads Thursday works! I will save you a seat near the biscuits."),
    (
        "townhall_events",
        "@townhall_events Thank you for having me. The questions were the best part.",
    ),
    (
        "tom_grows_things",
        "@tom_grows_things The hedgehog club now has four members. Professor is the president.",
    ),
    (
        "kyoto_kitchen",
        "@kyoto_kitchen I am still dreaming about that bakery near the river. Thank you for the tip.",
    ),
    ("librarylou", "@librarylou Put the cat books at eye level for the little ones. They go fast."),
    (
        "canalcyclist",
        "@canalcyclist Lights on, bell polite, flask full. That is my whole cycling philosophy.",
    ),
    (
        "greenfingers_jo",
        "@greenfingers_jo Comfrey tea for the tomatoes! It smells awful but they love it.",
    ),
    (
        "riverwatch",
        "@riverwatch The heron was back at the weir today. Same spot, same serious face.",
    ),
    (
        "sam_on_wheels",
        "@sam_on_wheels Welcome to the cycling club! Bring snacks, we stop for tea a lot.",
    ),
    (
        "bakerbeth",
        "@bakerbeth Rye is humbling. Attempt two went much better, thank you for cheering me on.",
    ),
]
SHORT_REPLIES = [
    ("amy_reads", "@amy_reads haha yes"),
    ("tom_grows_things", "@tom_grows_things thank you!!"),
    ("bakerbeth", "@bakerbeth 😂😂"),
]

# Retweets: archives mark them retweeted=false and cut the text with "…".
RETWEETS = [
    (
        "bakerbeth",
        "The secret to a good crumb is patience and a warm kitchen. Also, do not open the oven every five min…",
    ),
    (
        "riverwatch",
        "Otters spotted again on the river this week! Please keep dogs on leads near the old mill while the pu…",
    ),
    (
        "librarylou",
        "Our summer reading challenge is open to all ages this year. Pop in to any branch and pick up your re…",
    ),
    (
        "kyoto_kitchen",
        "Japanese milk bread uses a cooked flour paste called tangzhong. It keeps the loaf soft for days an…",
    ),
    (
        "townhall_events",
        "Free bread workshop at the town library this Saturday with our local baker. Spaces are limited, so…",
    ),
    (
        "greenfingers_jo",
        "Reminder: water in the morning, not the evening. Slugs love a damp night even more than they love…",
    ),
    (
        "canalcyclist",
        "The towpath repairs are finished! Smooth riding all the way from the lock to the old railway bri…",
    ),
    (
        "amy_reads",
        "Reading group this month: we are finally tackling the big one. Bring snacks, tissues and patien…",
    ),
    (
        "tom_grows_things",
        "Spare seedlings at the allotment gate this weekend. Tomatoes, beans and a few mystery squash. He…",
    ),
    (
        "sam_on_wheels",
        "Cycling club ride on Sunday, easy pace, tea stop guaranteed. Meet at the library at nine and br…",
    ),
    (
        "bakerbeth",
        "If your bread is flat, it is not your fault, it is the weather. Mostly. Try a little less water a…",
    ),
    (
        "riverwatch",
        "The kingfisher is nesting near the footbridge again. Please keep a respectful distance and enjo…",
    ),
    (
        "librarylou",
        "New at the library: a seed library! Borrow seeds, grow them, bring some back. Thanks to our amaz…",
    ),
    (
        "kyoto_kitchen",
        "Spring in Kyoto means sakura mochi in every shop window. Here is a simple recipe you can make at…",
    ),
    (
        "greenfingers_jo",
        "Nasturtiums are the friendliest plant. They grow anywhere, they feed the bees and you can eat the…",
    ),
    (
        "townhall_events",
        "Thank you to everyone who came to the bread talk last night. What a turnout! Recordings will be…",
    ),
    (
        "canalcyclist",
        "Frosty mornings on the towpath are beautiful but slippery. Slow down on the bends near the lo…",
    ),
    (
        "amy_reads",
        "Our reading group has read 50 books together. Fifty! To celebrate, we are having a picnic by th…",
    ),
    (
        "tom_grows_things",
        "The giant pumpkin contest is back. Weigh-in is on the last Saturday of October at the allotment…",
    ),
    (
        "sam_on_wheels",
        "Puncture repair class at the library next week. Learn to fix a flat in ten minutes and never wa…",
    ),
    (
        "bakerbeth",
        "Hot cross bun season! Here is my favourite spice mix: cinnamon, nutmeg, a little clove and a whi…",
    ),
    (
        "riverwatch",
        "The swallows are back over the meadow. Summer is officially on its way, whatever the forecast sa…",
    ),
    (
        "librarylou",
        "Library fact: our most borrowed book this year is about baking bread. Our town has great tas…",
    ),
    (
        "kyoto_kitchen",
        "Furoshiki wrapping is a lovely way to carry bread and gifts without any plastic. A quick how-…",
    ),
    (
        "greenfingers_jo",
        "Garlic goes in before the shortest day and comes out after the longest. An easy rule for begi…",
    ),
    (
        "canalcyclist",
        "Lovely ride to the coast today with the club. Sixty kilometres, two cafe stops and perfect we…",
    ),
    (
        "amy_reads",
        "Best bookshop find of the week: a battered copy of our next pick with notes in the margins fr…",
    ),
    (
        "tom_grows_things",
        "Hedgehog highways! Cut a small gap in your fence so they can travel between gardens. They w…",
    ),
]

# Too short to learn from: fewer than 3 words once links, @handles and #tags are ignored.
SHORT = [
    ("lol", "en"),
    ("same", "en"),
    ("yes!!", "en"),
    ("good morning ☀️", "en"),
    ("Biscuit!!", "en"),
    ("bread. #sourdough #baking", "en"),
    ("hmm…", "und"),
    ("so tired", "en"),
    ("night all", "en"),
    ("🍞🍞🍞", "qme"),
    ("はい！", "ja"),
]

# Japanese posts (counted in characters: no spaces between words).
JAPANESE = [
    "今日はパンを焼きました。とてもおいしかったです。",
    "京都の朝はとても静かで、鳥の声がきれいです。",
    "日本語の勉強は楽しいけど、漢字はむずかしいですね。",
    "猫のビスケットは今日もずっと寝ています。",
    "図書館で新しい本を見つけました。週末に読みます。",
]

# Posts with links: t.co stands in for the URL; the text around it is kept.
LINKED = [
    (
        "New blog post: why my sourdough starter is called Gerald, and other questions",
        "https://wren.example/blog/gerald",
    ),
    (
        "The library's summer reading list is up, with a few of my favourites on it",
        "https://library.example/summer",
    ),
    (
        "This guide to hedgehog friendly gardens is lovely and very practical",
        "https://hedgehogs.example/garden-guide",
    ),
    (
        "My milk bread recipe, written down at last for everyone who asked",
        "https://wren.example/recipes/milk-bread",
    ),
    (
        "Photos from the Kyoto trip are finally sorted. Mostly bread, a few temples",
        "https://wren.example/kyoto",
    ),
    (
        "The allotment society is looking for volunteers for the open day &amp; plant sale",
        "https://allotments.example/open-day",
    ),
]

# Media-only posts: the text is just the picture's t.co link (X labels them zxx).
MEDIA_ONLY = 4

# The same post twice: once more with a different link, once with different punctuation.
EXACT_DUPLICATES = [
    "Good morning from the river path. The herons are out early and so am I.",
    "Bread that failed is still toast. Remember this on the hard days.",
    "Tea, crossword, cat on lap. The Sunday trinity!",
    "A good cup of tea can fix about sixty percent of problems. The rest need cake.",
    "The bakery stall at Saturday market is back. Come for the sourdough, stay for the chat.",
    "Sold out of sourdough by ten!! Next week I will bake more, I say every week.",
]
# Near duplicates of posts above (a word or two changed: similarity >= 0.9).
NEAR_DUPLICATES = [
    "Rain on the library roof all afternoon. Perfect weather for shelving the poetry.",
    "Biscuit has claimed the warm spot on the laptop again. Working from the sofa it is then.",
    "My favourite kind of evening: soup on the stove, rain on the window, and a book I cannot put down.",
    "Spring is here: the first daffodils by the bridge and everybody in town has remembered how to smile again.",
    "Found an old recipe card from my grandmother in a second hand book. Same handwriting as hers, different person. Still made me smile.",
]
# Posts X could not place in a language but that read fine: kept, counted as "und".
UND_KEPT = [
    "Biscuit vs. the vacuum cleaner: round twelve. Biscuit wins again.",
    "Bread, books, bikes, Biscuit. That is the whole list.",
    "Sourdough &gt; everything else &lt;3",
]

# Entities written into some originals so the cleaned text shows the unescaping.
ESCAPED = {
    "Tea, crossword, cat on lap. The Sunday trinity.": "Tea, crossword &amp; cat on lap. The Sunday trinity.",
    "Bread is mostly flour, water, salt and patience. So is most of life, honestly.": "Bread is mostly flour, water, salt &amp; patience. So is most of life, honestly.",
    "Made jam from the last of the blackberries. Purple fingers, full heart.": "Made jam from the last of the blackberries. Purple fingers, full heart &lt;3",
}


class Builder:
    """Builds archive entries with realistic ids, dates and string-typed numbers."""

    def __init__(self) -> None:
        self.rng = random.Random(7)
        self.entries: list[dict[str, Any]] = []
        self.when = START
        self.next_id = 1500000000000000000

    def add(self, text: str, lang: str = "en", **extra: Any) -> str:
        """Append one post and return its id."""
        self.next_id += self.rng.randint(10**12, 10**14)
        self.when += timedelta(hours=self.rng.randint(5, 60), minutes=self.rng.randint(0, 59))
        tweet: dict[str, Any] = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [str(self.next_id)],
                    "editableUntil": (self.when + timedelta(hours=1)).strftime(
                        "%Y-%m-%dT%H:%M:%S.000Z"
                    ),
                    "editsRemaining": "5",
                    "isEditEligible": True,
                }
            },
            "retweeted": False,
            "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(self.rng.randint(0, 40)),
            "id_str": str(self.next_id),
            "truncated": False,
            "retweet_count": str(self.rng.randint(0, 6)),
            "id": str(self.next_id),
            "created_at": self.when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": text,
            "lang": lang,
        }
        tweet.update(extra)
        self.entries.append({"tweet": tweet})
        return str(self.next_id)

    def tco(self) -> str:
        """Return a fresh t.co link."""
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "https://t.co/" + "".join(self.rng.choice(alphabet) for _ in range(10))


def build() -> list[dict[str, Any]]:
    """Return every entry, shuffled into a plausible timeline (newest first, like X)."""
    b = Builder()
    plan: list[tuple[str, Any]] = [("original", t) for t in ORIGINALS]
    plan += [("thread", t) for t in THREADS]
    plan += [("reply", r) for r in REPLIES + SHORT_REPLIES]
    plan += [("retweet", r) for r in RETWEETS]
    plan += [("short", s) for s in SHORT]
    plan += [("japanese", t) for t in JAPANESE]
    plan += [("linked", item) for item in LINKED]
    plan += [("media", None)] * MEDIA_ONLY
    plan += [("und", t) for t in UND_KEPT]
    random.Random(11).shuffle(plan)
    # Duplicates come after the posts they repeat.
    plan += [("exact", t) for t in EXACT_DUPLICATES] + [("near", t) for t in NEAR_DUPLICATES]
    for kind, item in plan:
        _add(b, kind, item)
    return list(reversed(b.entries))


def _add(b: Builder, kind: str, item: Any) -> None:
    """Add one planned post (or thread) to the builder."""
    if kind == "original":
        b.add(ESCAPED.get(item, item))
    elif kind == "thread":
        _thread(b, item)
    elif kind == "reply":
        _reply(b, *item)
    elif kind == "retweet":
        handle, text = item
        full = f"RT @{handle}: {text}"
        mention = {
            "name": handle,
            "screen_name": handle,
            "indices": ["3", str(4 + len(handle))],
            "id_str": "0",
            "id": "0",
        }
        b.add(
            full, entities={"hashtags": [], "symbols": [], "user_mentions": [mention], "urls": []}
        )
    elif kind == "short":
        b.add(item[0], lang=item[1])
    elif kind == "japanese":
        b.add(item, lang="ja")
    elif kind == "linked":
        _linked(b, *item)
    elif kind == "media":
        _media(b)
    elif kind == "und":
        b.add(item, lang="und")
    elif kind == "exact":
        link = b.tco()  # a different link each time: identical once links are removed
        _with_url(b, f"{item} {link}", link, "https://wren.example/again")
    else:
        b.add(item)


def _thread(b: Builder, texts: list[str]) -> None:
    """Add a self-reply thread: each post answers the previous one, by the same account."""
    previous = b.add(texts[0])
    for text in texts[1:]:
        previous = b.add(
            text,
            in_reply_to_status_id_str=previous,
            in_reply_to_status_id=previous,
            in_reply_to_user_id_str=ACCOUNT_ID,
            in_reply_to_user_id=ACCOUNT_ID,
            in_reply_to_screen_name=HANDLE,
        )


def _reply(b: Builder, handle: str, text: str) -> None:
    """Add a reply to someone else's post."""
    user_id = str(2000 + sum(map(ord, handle)))
    status = str(1400000000000000000 + b.rng.randint(1, 10**15))
    mention = {
        "name": handle,
        "screen_name": handle,
        "indices": ["0", str(len(handle) + 1)],
        "id_str": user_id,
        "id": user_id,
    }
    b.add(
        text,
        entities={"hashtags": [], "symbols": [], "user_mentions": [mention], "urls": []},
        display_text_range=[str(len(handle) + 2), str(len(text))],
        in_reply_to_status_id_str=status,
        in_reply_to_status_id=status,
        in_reply_to_user_id_str=user_id,
        in_reply_to_user_id=user_id,
        in_reply_to_screen_name=handle,
    )


def _linked(b: Builder, text: str, url: str) -> None:
    """Add a post whose link is a t.co stand-in, with the real URL in entities."""
    link = b.tco()
    _with_url(b, f"{text} {link}", link, url)


def _with_url(b: Builder, text: str, link: str, url: str) -> None:
    """Add a post with one t.co link in entities.urls."""
    start = text.index(link)
    entity = {
        "url": link,
        "expanded_url": url,
        "display_url": url.split("//")[1][:25] + "…",
        "indices": [str(start), str(start + len(link))],
    }
    b.add(text, entities={"hashtags": [], "symbols": [], "user_mentions": [], "urls": [entity]})


def _media(b: Builder) -> None:
    """Add a media-only post: the text is only the picture's link."""
    link = b.tco()
    media_id = str(b.next_id + 7)
    media = {
        "expanded_url": f"https://twitter.com/{HANDLE}/status/{media_id}/photo/1",
        "indices": ["0", str(len(link))],
        "url": link,
        "media_url_https": f"https://pbs.twimg.com/media/{media_id}.jpg",
        "id_str": media_id,
        "id": media_id,
        "type": "photo",
        "display_url": f"pic.twitter.com/{link[-10:]}",
    }
    entities = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": [], "media": [media]}
    b.add(link, lang="zxx", entities=entities, extended_entities={"media": [media]})


def write(out: Path = OUT) -> None:
    """Write data/tweets.js and data/account.js in X's `window.YTD.*.part0 = [...]` form."""
    out.mkdir(parents=True, exist_ok=True)
    tweets = json.dumps(build(), indent=2, ensure_ascii=False)
    (out / "tweets.js").write_text(f"window.YTD.tweets.part0 = {tweets}\n", encoding="utf-8")
    account = [
        {
            "account": {
                "email": "wren@example.com",
                "createdVia": "web",
                "username": HANDLE,
                "accountId": ACCOUNT_ID,
                "createdAt": "2021-12-30T10:00:00.000Z",
                "accountDisplayName": NAME,
            }
        }
    ]
    (out / "account.js").write_text(
        "window.YTD.account.part0 = " + json.dumps(account, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    write()
