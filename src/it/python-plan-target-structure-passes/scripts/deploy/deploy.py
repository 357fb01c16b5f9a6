#!/usr/bin/env python3
"""
Script: deploy.py
Purpose: deploy
Usage: python scripts/deploy/deploy.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="deploy")
    parser.parse_args()


if __name__ == "__main__":
    main()
