import os
from typing import Any, Dict, List, Optional, Union

__version__: str

class VanbanError(Exception):
    kind: str
    message: str
    source: str
    def __init__(self, kind: str, message: str, source: str = ...) -> None: ...

class InputError(VanbanError): ...
class ParseError(VanbanError): ...

class Node:
    def __getattr__(self, name: str) -> Any: ...
    def __getitem__(self, name: str) -> Any: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Document(Node):
    text: str
    schema: str
    doc_type: Optional[str]
    code: Optional[str]
    number: Optional[str]
    symbol: Optional[str]
    issuer: Node
    place: Optional[str]
    date: Optional[str]
    subject: Optional[str]
    recipients: List[str]
    signer: Node
    cc: List[str]
    references: List[Node]
    tasks: List[Node]
    footnotes: List[Node]
    sections: List[Node]
    warnings: List[str]
    def cited(self) -> List[Node]: ...

def parse(text: str) -> Document: ...
def parse_file(path: Union[str, os.PathLike[str]]) -> Document: ...
