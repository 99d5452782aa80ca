# Lists joined by concat() from private ranges and a list that is not
# known statically: nothing known is open to the world.
variable "concat_good_cidrs" {
  type = list(string)
}

resource "aws_security_group" "concat_ssh_private" {
  name = "ssh"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = concat(["10.0.0.0/8"], var.concat_good_cidrs) # want-note AWS-001 "sources"
  }
}

# 0.0.0.0/0 on a port that is not sensitive.
resource "aws_security_group" "concat_https" {
  name = "https"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = concat(var.concat_good_cidrs, ["0.0.0.0/0"])
  }
}
