# A customer-managed prefix list that holds the whole internet, used as the
# source of security group rules: the rules are open to 0.0.0.0/0.
resource "aws_ec2_managed_prefix_list" "pl_anywhere" {
  name           = "anywhere"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = "10.20.0.0/16"
    description = "office"
  }
  entry {
    cidr        = "0.0.0.0/0"
    description = "temporary: vendor access"
  }
}

resource "aws_ec2_managed_prefix_list" "pl_partners" {
  name           = "partners"
  address_family = "IPv6"
  max_entries    = 5
}

# An entry added to the list on its own.
resource "aws_ec2_managed_prefix_list_entry" "pl_everyone_v6" {
  prefix_list_id = aws_ec2_managed_prefix_list.pl_partners.id
  cidr           = "::/0"
}

resource "aws_security_group" "pl_bastion" {
  name   = "bastion"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description     = "SSH from the access list"
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    prefix_list_ids = [aws_ec2_managed_prefix_list.pl_anywhere.id] # want AWS-001
  }
}

resource "aws_security_group_rule" "pl_db_partners" {
  type              = "ingress"
  security_group_id = aws_security_group.pl_bastion.id
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  prefix_list_ids   = [aws_ec2_managed_prefix_list.pl_partners.id] # want AWS-001
}

resource "aws_vpc_security_group_ingress_rule" "pl_rdp" {
  security_group_id = aws_security_group.pl_bastion.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  prefix_list_id    = aws_ec2_managed_prefix_list.pl_anywhere.id # want AWS-001
}
