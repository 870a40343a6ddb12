# Uncaught user-defined exception with a custom __str__, raised from a method.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
class Form:
    def __init__(self, **fields):
        self.fields = fields
    def validate(self):
        for name, value in self.fields.items():
            if not value:
                raise ValidationError(name, 'must not be empty')
        return True
print(Form(a='x').validate())
Form(name='Ann', email='').validate()
