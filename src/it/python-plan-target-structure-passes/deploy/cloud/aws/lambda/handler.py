# aws/lambda/handler.py
