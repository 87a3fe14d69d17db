"""Newsloom's Scrapy commands (``COMMANDS_MODULE``).

Scrapy imports this package to list the commands before it imports them and sets up a crawl:
a crawling command holds Ctrl-C and SIGTERM from here until Scrapy's own handlers take them
(crawler/runs/interrupt.py), and holds off the garbage collector until its crawl's engine has
started (crawler/runs/collector.py). Its extraction workers' fork server starts once its
command line is accepted (crawler/runs/runner.py ``RunCommand.process_options``). Every
command's standard output ends quietly when its reader goes away (crawler/commandline.py).
"""

from crawler.commandline import quiet_on_closed_pipe
from crawler.runs.collector import pause_for_command_line
from crawler.runs.interrupt import hold_for_command_line

quiet_on_closed_pipe()
pause_for_command_line()
hold_for_command_line()
