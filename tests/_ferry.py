"""The ferry-timetable article that the metadata tests (meta35, meta36) put their head and tail lines around (written by us)."""

BODY = [
    "The harbour council met on Tuesday to discuss the new ferry timetable for the winter months. Residents said the "
    "early crossings were too crowded and asked for a second boat at seven.",
    "The council agreed to study the request and to publish a revised timetable before the end of the month. A "
    "spokesperson said the budget allowed one more crossing on weekdays but not on Sundays.",
    "Local businesses welcomed the move, saying that tourists had complained about the long queues at the pier "
    "during the summer and that a second crossing would help everyone.",
]
TITLE = "Ferry timetable changes"
