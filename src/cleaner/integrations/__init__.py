"""Integrations with other tools. Each lives in its own module and needs its own optional extra:

- ``cleaner.integrations.scrapy.CleanerPipeline``: a Scrapy item pipeline (``pip install "scrape-cleaner[scrapy]"``).
"""
