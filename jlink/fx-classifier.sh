#!/usr/bin/env bash
# The classifier of the JavaFX platform jars for this machine (as Maven's OpenJFX profiles pick it).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) echo linux ;;
  Linux-aarch64) echo linux-aarch64 ;;
  Darwin-arm64) echo mac-aarch64 ;;
  Darwin-*) echo mac ;;
  *) echo win ;;
esac
