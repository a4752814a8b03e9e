#!/bin/sh
exec yes "flood flood flood flood flood flood flood flood"
