# override.tf narrows the SSH rule below to 10.20.0.0/16: Terraform deploys
# the merged block, so nothing is open to the world.
resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
