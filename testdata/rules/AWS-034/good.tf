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

# A status that cannot be known statically is a note, not a finding.
variable "rotating_key_status" {
  type = string
}

resource "aws_iam_access_key" "rotating" {
  user   = "ci-deployer"
  status = var.rotating_key_status # want-note AWS-034
}

# A CodeCommit Git credential being retired.
resource "aws_iam_service_specific_credential" "git_retired" {
  service_name = "codecommit.amazonaws.com"
  user_name    = "ci-deployer"
  status       = "Inactive"
}
