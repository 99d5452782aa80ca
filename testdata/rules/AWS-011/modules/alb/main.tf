resource "aws_lb" "this" { # want AWS-180
  name    = "in-module"
  subnets = ["subnet-0a", "subnet-0b"]
}

output "arn" {
  value = aws_lb.this.arn
}
