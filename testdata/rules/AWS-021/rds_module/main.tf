# The shape of terraform-aws-modules/rds's db_instance submodule: every
# optional block is a dynamic block over a list that is empty unless the
# caller sets it. With no restore requested, the database is created empty
# and unencrypted.
variable "restore_to_point_in_time" {
  type    = map(string)
  default = null
}

variable "s3_import" {
  type    = map(string)
  default = null
}

resource "aws_db_instance" "this" { # want AWS-183 # want AWS-325 # want AWS-391
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = false # want AWS-021

  dynamic "restore_to_point_in_time" {
    for_each = var.restore_to_point_in_time != null ? [var.restore_to_point_in_time] : []
    content {
      restore_time                  = lookup(restore_to_point_in_time.value, "restore_time", null)
      source_db_instance_identifier = lookup(restore_to_point_in_time.value, "source_db_instance_identifier", null)
    }
  }

  dynamic "s3_import" {
    for_each = var.s3_import != null ? [var.s3_import] : []
    content {
      source_engine         = "mysql"
      source_engine_version = s3_import.value.source_engine_version
      bucket_name           = s3_import.value.bucket_name
      ingestion_role        = s3_import.value.ingestion_role
    }
  }
}
