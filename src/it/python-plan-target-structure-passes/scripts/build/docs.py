#!/usr/bin/env python3
"""
Script: docs.py
Purpose: docs
Usage: python scripts/build/docs.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="docs")
    parser.parse_args()


if __name__ == "__main__":
    main()
