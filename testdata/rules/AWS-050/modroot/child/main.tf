resource "aws_sns_topic" "from_module" {
  name = "from-module"
  tags = { environment = "production" }
}

resource "aws_sns_topic" "bare_in_module" { # want AWS-050
  name = "bare-in-module"
}
