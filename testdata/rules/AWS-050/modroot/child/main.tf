resource "aws_sns_topic" "from_module" { # want AWS-141
  name = "from-module"
  tags = { environment = "production" }
}

resource "aws_sns_topic" "bare_in_module" { # want AWS-050 AWS-141
  name = "bare-in-module"
}
