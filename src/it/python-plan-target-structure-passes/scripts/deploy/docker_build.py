#!/usr/bin/env python3
"""
Script: docker_build.py
Purpose: docker build
Usage: python scripts/deploy/docker_build.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="docker build")
    parser.parse_args()


if __name__ == "__main__":
    main()
