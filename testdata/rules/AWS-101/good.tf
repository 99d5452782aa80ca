variable "dms_public" {
  type = bool
}

# The provider sends false when the argument is not set.
resource "aws_dms_replication_instance" "default" {
  replication_instance_id    = "default"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_replication_instance" "private" {
  replication_instance_id     = "private"
  replication_instance_class  = "dms.t3.medium"
  replication_subnet_group_id = "private-subnets"
  publicly_accessible         = false
}

resource "aws_dms_replication_instance" "unknown" {
  replication_instance_id    = "unknown"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = var.dms_public # want-note AWS-101
}
