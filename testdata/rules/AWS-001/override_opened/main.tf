# ops_override.tf replaces the ingress blocks below with one open to the
# world: the finding points at the override, which is what is deployed.
resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
}
