# Security Hub is an account-level control: a root that does not enable it
# is a finding only in account-baseline mode (see baseline/). Here, without
# that mode, nothing is reported.
