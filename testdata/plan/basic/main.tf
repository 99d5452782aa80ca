# The configuration beside plan.json: findings from the plan point here.
variable "ssh_cidrs" {
  type = list(string)
}

resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.ssh_cidrs # want AWS-001
  }
}

resource "aws_ebs_volume" "computed" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt_later # want-note AWS-002
}

resource "aws_ebs_volume" "plain" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false # want AWS-002
}
