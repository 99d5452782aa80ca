# Someone opened the bastion "temporarily" while debugging.
admin_cidrs = ["0.0.0.0/0"]
