resource "aws_kms_key" "dms" {
  description         = "DMS replication storage"
  enable_key_rotation = true
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id     = "orders-migration"
  replication_instance_class  = "dms.t3.medium"
  allocated_storage           = 50
  publicly_accessible         = false
  replication_subnet_group_id = "orders-dms"
  kms_key_arn                 = aws_kms_key.dms.arn
}

variable "shared_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

resource "aws_dms_replication_instance" "replicas" {
  count                      = 2
  replication_instance_id    = "orders-replica-${count.index}"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = false
  kms_key_arn                = var.shared_key_arn
}
