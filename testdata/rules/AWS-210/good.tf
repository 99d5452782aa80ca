variable "mode" {
  type = string
}

resource "aws_qldb_ledger" "audit" {
  name                = "audit"
  permissions_mode    = "STANDARD"
  deletion_protection = true
}

resource "aws_qldb_ledger" "from_caller" {
  name             = "from-caller"
  permissions_mode = var.mode # want-note AWS-210
}
