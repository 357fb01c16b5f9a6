#!/usr/bin/env python3
"""
Script: backup.py
Purpose: backup
Usage: python scripts/maintenance/backup.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="backup")
    parser.parse_args()


if __name__ == "__main__":
    main()
