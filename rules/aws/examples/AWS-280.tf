resource "aws_kms_key" "insights" {
  description         = "RDS Performance Insights"
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" {
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.m7g.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "orders"
  manage_master_user_password     = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.insights.arn
}
