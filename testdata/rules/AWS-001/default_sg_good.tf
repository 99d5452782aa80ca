# Adopted with no rules: Terraform removes the default group's rules, so it
# admits and sends nothing.
resource "aws_default_security_group" "adopted" {
  vpc_id = "vpc-0123456789abcdef0"
}
