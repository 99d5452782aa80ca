resource "aws_dms_replication_instance" "migration" {
  replication_instance_id     = "migration"
  replication_instance_class  = "dms.t3.medium"
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
  publicly_accessible         = false
}
