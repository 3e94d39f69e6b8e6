"""Documents written for Microsoft Word (python-docx): decrees are often finished there."""
