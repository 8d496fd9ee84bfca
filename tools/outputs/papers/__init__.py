"""The papers that leave the repository: printed minutes, and summaries as HTML, XLSX, DOCX.

python-docx and openpyxl are the optional extra `papers`; each module imports them when it
runs, so the commit hook's start-up never pays for them.
"""

# summary formats written by this package; the binary ones need --output or a pipe
SUMMARY_FORMATS = ("html", "xlsx", "docx")
BINARY_FORMATS = ("xlsx", "docx")
