# A CIDR list joined by concat() from 0.0.0.0/0 and a list that is not
# known statically: the list holds 0.0.0.0/0 whatever the other one is.
variable "concat_office_cidrs" {
  type = list(string)
}

variable "concat_office_cidr" {
  type = string
}

resource "aws_security_group" "concat_ssh" {
  name = "concat-ssh"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = concat(["0.0.0.0/0"], var.concat_office_cidrs) # want AWS-001
  }
}

resource "aws_security_group" "concat_rdp" {
  name = "concat-rdp"

  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0", var.concat_office_cidr] # want AWS-001
  }
}
