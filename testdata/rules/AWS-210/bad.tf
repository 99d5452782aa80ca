resource "aws_qldb_ledger" "audit" {
  name                = "audit"
  permissions_mode    = "ALLOW_ALL" # want AWS-210
  deletion_protection = true
}
