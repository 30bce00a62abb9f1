"""Integrations with other tools. Each lives in its own module and needs its own optional extra:

- ``cleaner.integrations.scrapy.CleanerPipeline``: a Scrapy item pipeline (``pip install "scrape-cleaner[scrapy]"``).
- ``cleaner.integrations.spark``: ``clean_dataframe`` (and ``learn_sites``) on Spark DataFrames
  (``pip install "scrape-cleaner[spark]"``; docs/engines.md).
- ``cleaner.integrations.datatrove.CleanerStep``: a datatrove pipeline step (``pip install "scrape-cleaner[datatrove]"``).
"""
