# A key being retired: deactivated before it is deleted.
resource "aws_iam_access_key" "retired" {
  user   = "ci-deployer"
  status = "Inactive"
}

# Not created unless asked for.
variable "create_key" {
  type    = bool
  default = false
}

resource "aws_iam_access_key" "optional" {
  count = var.create_key ? 1 : 0
  user  = "ci-deployer"
}

# A status that cannot be known statically is never reported.
variable "rotating_key_status" {
  type = string
}

resource "aws_iam_access_key" "rotating" {
  user   = "ci-deployer"
  status = var.rotating_key_status
}
