value: ${nope}
