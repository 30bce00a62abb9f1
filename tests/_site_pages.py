"""A small site of our own: six recipe pages sharing a template (a menu line, an author box, a follow line, a
footer) and an in-body heading ("Ingredients") every recipe has, plus a page that is all template."""

from __future__ import annotations

#: each recipe's own ingredients; "olive oil" is in most of them, as in any recipe site
OWN = ["1 lemon\n- 200 g spinach", "150 g feta\n- a bunch of dill", "50 g butter\n- 1 vanilla pod",
       "2 tins of tomatoes\n- 1 tsp smoked paprika", "a handful of chives\n- 20 g butter", "2 tbsp white miso\n- 1 tsp honey"]

DISHES = [
    ("Lemon barley soup", "barley", "Simmer the barley in stock with a strip of lemon peel until it is tender, then "
     "stir in the spinach and season it with pepper and a little of the lemon juice."),
    ("Charred leek toast", "leeks", "Split the leeks and char them in a dry pan, then pile them on toasted sourdough "
     "with a spoonful of whipped feta and a scatter of dill over the top."),
    ("Brown butter pears", "pears", "Halve the pears and roast them cut side down in foaming brown butter until the "
     "edges caramelise, basting them twice with the pan juices as they cook."),
    ("Smoky chickpea stew", "chickpeas", "Fry the paprika and garlic in oil for a minute, add the tomatoes and "
     "chickpeas, and let the stew bubble gently until it thickens and turns glossy."),
    ("Green herb omelette", "eggs", "Whisk the eggs with a pinch of salt, pour them into a hot buttered pan and fold "
     "in the chopped herbs just as the centre begins to set."),
    ("Miso glazed aubergine", "aubergine", "Score the aubergine halves deeply, brush them with the miso glaze and "
     "grill them until the flesh is soft and the glaze has blistered in places."),
]

MENU = "Home | Recipes | Travel | About"
AUTHOR = ("About the cook: Jane Doe has written about home cooking for fifteen years and teaches a weekly class "
          "in her neighbourhood kitchen.")
# one network only: a line with two or more (and a follow word) is the structural detector's own (follow_line)
FOLLOW = "Follow Jane on Instagram for more soups"
FOOTER = "© 2024 Jane's Kitchen. All rights reserved."
NEWSLETTER = "Get one new recipe in your inbox every Sunday."


def recipe_page(index: int) -> str:
    title, main, method = DISHES[index]
    intro = (f"This {title.lower()} is what we make when {main} are cheap and the evenings are getting longer; it "
             f"takes about {20 + 5 * index} minutes from start to finish and keeps well for two days.")
    return "\n\n".join([
        MENU,
        f"# {title}",
        intro,
        "## Ingredients",
        f"- 400 g {main}\n- olive oil\n- {OWN[index]}",
        "## Method",
        method,
        AUTHOR,
        FOLLOW,
        NEWSLETTER,
        FOOTER,
    ]) + "\n"


def all_template_page() -> str:
    return "\n\n".join([MENU, AUTHOR, FOLLOW, NEWSLETTER, FOOTER]) + "\n"


def site_pages() -> list[str]:
    return [recipe_page(i) for i in range(len(DISHES))]
