#!/bin/sh
# Noise that is not a block.
echo "ZConLinuxGetHeader v9.9 (c) nobody"
echo "Segmentation fault? no: just garbage"
echo "partitionSize=123"
exit 0
