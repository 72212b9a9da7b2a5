"""pypinyin reads its dictionaries from JSON files next to its modules (pinyin_dict.json...)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("pypinyin")
