resource "aws_dms_replication_instance" "public" {
  replication_instance_id    = "public"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true # want AWS-101
}

locals {
  dms = {
    a = { public = true }
    b = { public = false }
  }
}

resource "aws_dms_replication_instance" "each" {
  for_each                   = local.dms
  replication_instance_id    = each.key
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = each.value.public # want AWS-101
}
