resource "aws_iam_user" "deployer" { # want AWS-031
  name = "deployer"
  path = "/system/"
}

# One user per name in a variable: one finding naming every instance.
variable "contractors" {
  type    = set(string)
  default = ["ana", "ben"]
}

resource "aws_iam_user" "contractor" { # want AWS-031
  for_each = var.contractors
  name     = each.value
}
